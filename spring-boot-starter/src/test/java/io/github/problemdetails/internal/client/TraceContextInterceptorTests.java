package io.github.problemdetails.internal.client;

import java.net.URI;

import io.github.problemdetails.internal.trace.RequestTraceId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.mock.http.client.MockClientHttpRequest;
import org.springframework.mock.http.client.MockClientHttpResponse;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TraceContextInterceptor}.
 */
class TraceContextInterceptorTests {

	private final TraceContextInterceptor interceptor = new TraceContextInterceptor("X-Request-Id");

	@AfterEach
	void clearRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void sendsAW3cTraceIdAsTraceparentWithANewParent() throws Exception {
		serving("4bf92f3577b34da6a3ce929d0e0e4736");

		MockClientHttpRequest request = call();

		assertThat(request.getHeaders().getFirst("traceparent"))
			.matches("00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-00");
		assertThat(request.getHeaders().containsHeader("X-Request-Id")).isFalse();
	}

	@Test
	void sendsAnyOtherTraceIdInTheRequestIdHeader() throws Exception {
		serving("caller-request-1");

		MockClientHttpRequest request = call();

		assertThat(request.getHeaders().containsHeader("traceparent")).isFalse();
		assertThat(request.getHeaders().getFirst("X-Request-Id")).isEqualTo("caller-request-1");
	}

	@Test
	void leavesATraceparentThatIsAlreadySetAlone() throws Exception {
		serving("4bf92f3577b34da6a3ce929d0e0e4736");
		MockClientHttpRequest request = new MockClientHttpRequest(HttpMethod.GET, URI.create("http://upstream/"));
		request.getHeaders().set("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");

		this.interceptor.intercept(request, new byte[0], (req, body) -> new MockClientHttpResponse());

		assertThat(request.getHeaders().getFirst("traceparent"))
			.isEqualTo("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
	}

	@Test
	void sendsNothingOutsideARequest() throws Exception {
		MockClientHttpRequest request = call();

		assertThat(request.getHeaders().isEmpty()).isTrue();
	}

	private MockClientHttpRequest call() throws Exception {
		MockClientHttpRequest request = new MockClientHttpRequest(HttpMethod.GET, URI.create("http://upstream/"));
		this.interceptor.intercept(request, new byte[0], (req, body) -> new MockClientHttpResponse());
		return request;
	}

	private static void serving(String traceId) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setAttribute(RequestTraceId.ATTRIBUTE, traceId);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}

}

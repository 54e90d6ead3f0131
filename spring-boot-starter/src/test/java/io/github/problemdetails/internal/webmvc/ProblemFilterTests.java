package io.github.problemdetails.internal.webmvc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import io.github.problemdetails.internal.json.ProblemJsonWriter;
import io.github.problemdetails.internal.logging.ProblemLogger;
import io.github.problemdetails.internal.mapping.MappingSettings;
import io.github.problemdetails.internal.mapping.ProblemMapper;
import io.github.problemdetails.internal.trace.RequestTraceId;
import io.github.problemdetails.internal.trace.TraceIdFilter;
import io.github.problemdetails.internal.trace.TraceIdResolver;
import io.github.problemdetails.internal.web.ProblemBodyWriter;
import io.github.problemdetails.internal.web.ProblemResponder;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ProblemFilter}: an error status that leaves without a body gets the
 * contract's body, and only such a response.
 */
class ProblemFilterTests {

	private final ProblemFilter filter = new ProblemFilter(writer());

	private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/books/7");

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	@Test
	void givesAnErrorStatusWithoutBodyTheContractsBodyAndKeepsItsHeaders() throws Exception {
		filter((request, response) -> {
			response.setStatus(401);
			response.setHeader("WWW-Authenticate", "Bearer");
		});
		assertThat(this.response.getStatus()).isEqualTo(401);
		assertThat(this.response.getContentType()).isEqualTo("application/problem+json");
		assertThat(this.response.getHeader("WWW-Authenticate")).isEqualTo("Bearer");
		assertThat(body()).contains("\"status\":401", "\"instance\":\"/books/7\"");
	}

	@Test
	void holdsBackTheFlushOfAnErrorStatusWithoutBody() throws Exception {
		filter((request, response) -> {
			response.setStatus(404);
			response.flushBuffer();
			assertThat(response.isCommitted()).isFalse();
		});
		assertThat(this.response.getContentType()).isEqualTo("application/problem+json");
	}

	@Test
	void flushesWhatItHeldBackWhenTheResponseStaysAsItIs() throws Exception {
		filter((request, response) -> {
			response.setStatus(404);
			response.setContentType("text/plain");
			response.flushBuffer();
		});
		assertThat(this.response.isCommitted()).isTrue();
		assertThat(body()).isEmpty();
	}

	@Test
	void leavesAResponseWithABodyAlone() throws Exception {
		filter((request, response) -> {
			response.setStatus(404);
			response.getWriter().write("gone fishing");
		});
		assertThat(body()).isEqualTo("gone fishing");
	}

	@Test
	void leavesASentErrorToTheErrorPage() throws Exception {
		filter((request, response) -> response.sendError(404));
		assertThat(this.response.getContentType()).isNull();
		assertThat(this.response.getErrorMessage()).isNull();
		assertThat(body()).isEmpty();
	}

	@Test
	void leavesSuccessesRedirectsHeadAndStartedAsyncRequestsAlone() throws Exception {
		filter((request, response) -> response.setStatus(204));
		assertThat(this.response.getContentType()).isNull();
		MockHttpServletResponse redirect = filter(new MockHttpServletRequest("GET", "/books/7"),
				(request, response) -> response.setStatus(302));
		assertThat(redirect.getContentType()).isNull();
		MockHttpServletResponse head = filter(new MockHttpServletRequest("HEAD", "/books/7"),
				(request, response) -> response.setStatus(404));
		assertThat(head.getContentType()).isNull();
		MockHttpServletRequest async = new MockHttpServletRequest("GET", "/books/7");
		async.setAsyncSupported(true);
		MockHttpServletResponse started = filter(async, (request, response) -> {
			request.startAsync();
			response.setStatus(404);
		});
		assertThat(started.getContentType()).isNull();
	}

	@Test
	void givesEveryDispatchItsTraceIdWhenItDoesTheTraceIdFiltersWork() throws Exception {
		ProblemFilter filter = new ProblemFilter(writer(), new TraceIdFilter(new TraceIdResolver("X-Request-Id"),
				"X-Trace-Id"));
		this.request.addHeader("X-Request-Id", "order-7");
		String[] seen = new String[1];
		filter.doFilter(this.request, this.response, new MockFilterChain(servlet((request, response) -> {
			seen[0] = MDC.get(RequestTraceId.MDC_KEY);
			response.setStatus(404);
		})));
		assertThat(seen[0]).isEqualTo("order-7");
		assertThat(MDC.get(RequestTraceId.MDC_KEY)).isNull();
		assertThat(this.response.getHeader("X-Trace-Id")).isEqualTo("order-7");
		assertThat(body()).contains("\"status\":404", "\"traceId\":\"order-7\"");

		MockHttpServletRequest errorDispatch = new MockHttpServletRequest("GET", "/error");
		errorDispatch.setDispatcherType(DispatcherType.ERROR);
		errorDispatch.setAttribute(RequestTraceId.ATTRIBUTE, "order-7");
		MockHttpServletResponse errorResponse = new MockHttpServletResponse();
		filter.doFilter(errorDispatch, errorResponse, new MockFilterChain(servlet((request, response) -> {
			seen[0] = MDC.get(RequestTraceId.MDC_KEY);
			response.setStatus(404);
		})));
		assertThat(seen[0]).isEqualTo("order-7");
		assertThat(MDC.get(RequestTraceId.MDC_KEY)).isNull();
		// The error page answers an error dispatch: the filter leaves its response alone.
		assertThat(errorResponse.getContentType()).isNull();
	}

	private void filter(Handler handler) throws Exception {
		this.filter.doFilter(this.request, this.response, new MockFilterChain(servlet(handler)));
	}

	private MockHttpServletResponse filter(MockHttpServletRequest request,
			Handler handler) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, new MockFilterChain(servlet(handler)));
		return response;
	}

	private static ProblemResponseWriter writer() {
		return new ProblemResponseWriter(
				new ProblemResponder(new ProblemMapper(MappingSettings.defaults()), new ProblemLogger(), null),
				new ProblemBodyWriter(new ProblemJsonWriter(JsonMapper.shared()), null),
				new TraceIdResolver("X-Request-Id"), "X-Trace-Id");
	}

	private String body() throws Exception {
		return this.response.getContentAsString(StandardCharsets.UTF_8);
	}

	private static HttpServlet servlet(Handler handler) {
		return new HttpServlet() {

			@Override
			protected void service(HttpServletRequest request, HttpServletResponse response)
					throws IOException {
				handler.handle(request, response);
			}

		};
	}

	@FunctionalInterface
	interface Handler {

		void handle(HttpServletRequest request, HttpServletResponse response) throws IOException;

	}

}

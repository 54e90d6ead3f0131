package io.github.problemdetails.internal.webmvc;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.problemdetails.core.exception.NotFoundException;
import io.github.problemdetails.internal.json.ProblemJsonWriter;
import io.github.problemdetails.internal.json.ProblemXmlWriter;
import io.github.problemdetails.internal.logging.ProblemLogger;
import io.github.problemdetails.internal.mapping.MappingSettings;
import io.github.problemdetails.internal.mapping.ProblemMapper;
import io.github.problemdetails.internal.trace.RequestTraceId;
import io.github.problemdetails.internal.trace.TraceIdResolver;
import io.github.problemdetails.internal.web.ProblemBodyWriter;
import io.github.problemdetails.internal.web.ProblemResponder;
import io.github.problemdetails.mapping.ProblemRequest;
import io.github.problemdetails.test.ProblemAssert;
import io.github.problemdetails.test.ProblemAssertions;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.ErrorResponseException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ProblemResponseWriter}, the servlet adapter of the responder and the body
 * writer.
 */
class ProblemResponseWriterTests {

	private final List<ProblemRequest> recorded = new ArrayList<>();

	private final ProblemResponseWriter writer = new ProblemResponseWriter(
			new ProblemResponder(new ProblemMapper(MappingSettings.defaults()), new ProblemLogger(),
					(request, status, failure) -> this.recorded.add(request)),
			new ProblemBodyWriter(new ProblemJsonWriter(JsonMapper.shared()), new ProblemXmlWriter(JsonMapper.shared())),
			new TraceIdResolver("X-Request-Id"), "X-Trace-Id");

	private final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/orders/7");

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	@Test
	void writesStatusHeadersTraceIdAndBodyInPlaceOfWhatWasBuffered() throws Exception {
		this.request.addHeader("X-Request-Id", "request-1");
		this.response.getOutputStream().write("half an answer".getBytes(StandardCharsets.UTF_8));
		ErrorResponseException failure = new ErrorResponseException(HttpStatus.TOO_MANY_REQUESTS);
		failure.getHeaders().add("Retry-After", "30");
		failure.getHeaders().add("Link", "</quota>; rel=\"help\"");
		failure.getHeaders().add("Link", "</plans>; rel=\"upgrade\"");
		this.writer.write(failure, this.request, this.response);
		assertThat(this.response.getContentLength()).isEqualTo(this.response.getContentAsByteArray().length);
		ProblemAssertions.assertThat(this.response)
			.hasRetryAfter(30)
			.hasHeader("Link", "</quota>; rel=\"help\"", "</plans>; rel=\"upgrade\"")
			.doesNotLeak()
			.isProblem()
			.hasStatus(429)
			.hasInstance("/orders/7")
			.hasTraceId("request-1");
	}

	@Test
	void mapsTheFailureThatTheServletContainersWrappersCarry() throws Exception {
		ServletException wrapped = new ServletException(new ServletException(new NotFoundException("order", 7)));
		this.writer.write(wrapped, this.request, this.response);
		assertThatProblem().hasStatus(404).hasType("about:blank").hasTitle("Not Found");
	}

	@Test
	void answersAnErrorDispatchWithTheFailedRequestsPathAndTheContainersStatus() throws Exception {
		MockHttpServletRequest dispatch = errorDispatchOf("/orders/7");
		this.writer.writeDispatchedError(null, 404, dispatch, this.response);
		assertThatProblem().hasStatus(404).hasInstance("/orders/7");
	}

	@Test
	void answersAnErrorDispatchOfAWrappedFailureWithTheContainersClientError() throws Exception {
		ServletException wrapped = new ServletException(new IllegalStateException("rejected"));
		this.writer.writeDispatchedError(wrapped, 400, errorDispatchOf("/orders/7"), this.response);
		assertThatProblem().hasStatus(400).hasInstance("/orders/7");
	}

	@Test
	void keepsTheTraceIdTheRequestAlreadyHasAndRemembersAResolvedOne() throws Exception {
		this.request.setAttribute(RequestTraceId.ATTRIBUTE, "earlier-id");
		this.writer.write(new NotFoundException("order", 7), this.request, this.response);
		assertThatProblem().hasTraceId("earlier-id");
		MockHttpServletRequest fresh = new MockHttpServletRequest("GET", "/orders/8");
		MockHttpServletResponse freshResponse = new MockHttpServletResponse();
		this.writer.write(new NotFoundException("order", 8), fresh, freshResponse);
		assertThat(fresh.getAttribute(RequestTraceId.ATTRIBUTE)).isNotNull()
			.isEqualTo(freshResponse.getHeader("X-Trace-Id"));
	}

	@Test
	void answersInXmlForAClientThatPrefersIt() throws Exception {
		this.request.addHeader("Accept", "application/xml");
		this.writer.write(new NotFoundException("order", 7), this.request, this.response);
		assertThat(this.response.getStatus()).isEqualTo(404);
		assertThat(this.response.getContentType()).isEqualTo("application/problem+xml");
		assertThat(this.response.getContentAsString(StandardCharsets.UTF_8)).startsWith("<?xml")
			.contains("<status>404</status>", "<instance>/orders/7</instance>");
	}

	@Test
	void worksOutAnIntegrationsAttributeOnlyWhenTheEngineReadsIt() throws Exception {
		List<HttpServletRequest> asked = new ArrayList<>();
		FailureTimeAttribute mechanism = new FailureTimeAttribute() {

			@Override
			public String name() {
				return "mechanism";
			}

			@Override
			public Object valueFor(HttpServletRequest request) {
				asked.add(request);
				return "Basic realm=\"orders\"";
			}

		};
		ProblemResponseWriter writer = new ProblemResponseWriter(
				new ProblemResponder(new ProblemMapper(MappingSettings.defaults()), new ProblemLogger(),
						(request, status, failure) -> this.recorded.add(request)),
				new ProblemBodyWriter(new ProblemJsonWriter(JsonMapper.shared()), null),
				new TraceIdResolver("X-Request-Id"), "X-Trace-Id", List.of(mechanism));
		writer.write(new IllegalStateException(), this.request, this.response);
		ProblemRequest failed = this.recorded.get(0);
		assertThat(asked).isEmpty();
		assertThat(failed.attribute("mechanism")).isEqualTo("Basic realm=\"orders\"");
		assertThat(asked).containsExactly(this.request);
		assertThat(failed.attribute("tenant")).isNull();
		// What the request itself carries comes first.
		this.request.setAttribute("mechanism", "ApiKey");
		assertThat(failed.attribute("mechanism")).isEqualTo("ApiKey");
	}

	@Test
	void givesTheResponderTheRequestsMethodPathHeadersAndAttributes() throws Exception {
		this.request.addHeader("X-Tenant", "acme");
		this.request.setAttribute("tenant", "acme");
		this.writer.write(new IllegalStateException(), this.request, this.response);
		assertThat(this.recorded).singleElement().satisfies((recorded) -> {
			assertThat(recorded.method()).isEqualTo("POST");
			assertThat(recorded.path()).isEqualTo("/orders/7");
			assertThat(recorded.header("X-Tenant")).isEqualTo("acme");
			assertThat(recorded.attribute("tenant")).isEqualTo("acme");
		});
	}

	@Test
	void recordsButLeavesAloneAResponseThatIsAlreadyCommitted() throws Exception {
		this.response.setCommitted(true);
		this.writer.write(new IllegalStateException(), this.request, this.response);
		assertThat(this.response.getStatus()).isEqualTo(200);
		assertThat(this.response.getContentAsByteArray()).isEmpty();
		assertThat(this.recorded).hasSize(1);
	}

	@Test
	void leavesTheResponseAloneWhenTheClientHasGoneAway() throws Exception {
		this.writer.write(new ServletException(new IOException("Broken pipe")), this.request, this.response);
		assertThat(this.response.getStatus()).isEqualTo(200);
		assertThat(this.response.getContentAsByteArray()).isEmpty();
		assertThat(this.recorded).isEmpty();
	}

	@Test
	void problemsAreNotStoredByCachesUnlessTheApplicationSaysSo() throws Exception {
		this.writer.write(new NotFoundException("order", 7), this.request, this.response);
		assertThat(this.response.getHeader("Cache-Control")).isEqualTo("no-store");
		MockHttpServletResponse cached = new MockHttpServletResponse();
		cached.setHeader("Cache-Control", "max-age=60");
		this.writer.write(new NotFoundException("order", 7), this.request, cached);
		assertThat(cached.getHeaders("Cache-Control")).containsExactly("max-age=60");
	}

	@Test
	void completesTheApplicationsProblemWithTheFailedRequestsPathOnAnErrorDispatch() {
		MockHttpServletRequest dispatch = errorDispatchOf("/orders/7");
		dispatch.setAttribute(RequestTraceId.ATTRIBUTE, "dispatch-id");
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
		problem.setInstance(URI.create("/error"));
		this.response.setStatus(404);
		this.writer.complete(problem, dispatch, this.response);
		assertThat(problem.getInstance()).isEqualTo(URI.create("/orders/7"));
		assertThat(problem.getProperties()).containsEntry("traceId", "dispatch-id");
		assertThat(this.response.getHeader("X-Trace-Id")).isEqualTo("dispatch-id");
		assertThat(this.response.getHeader("Cache-Control")).isEqualTo("no-store");
		assertThat(this.recorded).isEmpty();
	}

	@Test
	void leavesAProblemWithASuccessStatusAlone() {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
		this.writer.complete(problem, this.request, this.response);
		assertThat(problem.getProperties()).isNull();
		assertThat(this.response.getHeader("Cache-Control")).isNull();
	}

	@Test
	void addsAcceptLanguageToTheVaryHeaderOnce() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("problem-details-test/messages");
		messages.setFallbackToSystemLocale(false);
		ProblemResponseWriter localised = new ProblemResponseWriter(
				new ProblemResponder(new ProblemMapper(MappingSettings.defaults(), List.of(), messages),
						new ProblemLogger(), null),
				new ProblemBodyWriter(new ProblemJsonWriter(JsonMapper.shared()), null),
				new TraceIdResolver("X-Request-Id"), "X-Trace-Id");
		this.request.addPreferredLocale(Locale.GERMAN);
		this.response.setStatus(404);
		this.response.addHeader("Vary", "Origin, accept-language");
		localised.complete(ProblemDetail.forStatus(HttpStatus.NOT_FOUND), this.request, this.response);
		assertThat(this.response.getHeader("Content-Language")).isEqualTo("de");
		assertThat(this.response.getHeaders("Vary")).containsExactly("Origin, accept-language");
		MockHttpServletResponse other = new MockHttpServletResponse();
		other.setStatus(404);
		localised.complete(ProblemDetail.forStatus(HttpStatus.NOT_FOUND), this.request, other);
		assertThat(other.getHeaders("Vary")).containsExactly("Accept-Language");
	}

	private static MockHttpServletRequest errorDispatchOf(String path) {
		MockHttpServletRequest dispatch = new MockHttpServletRequest("GET", "/error");
		dispatch.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, path);
		return dispatch;
	}

	private ProblemAssert assertThatProblem() {
		return ProblemAssertions.assertThat(this.response).doesNotLeak().isProblem();
	}

}

package io.github.problemdetails.internal.webmvc;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.github.problemdetails.core.exception.RateLimitedException;
import io.github.problemdetails.testsupport.TestApplicationWithoutSecurity;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.OncePerRequestFilter;

import static io.github.problemdetails.test.ProblemAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failures that never reach a controller: exceptions thrown in filters and in other servlets,
 * {@code sendError} calls, and the container's error dispatch. Real HTTP, since MockMvc has
 * no error dispatch.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "problem-details.type-base-uri=https://errors.example.com/" })
@ExtendWith(OutputCaptureExtension.class)
class ErrorDispatchIntegrationTests {

	private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

	private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void filterFailureAnswers500WithTheRequestsTraceIdAndIsLoggedOnce(CapturedOutput output) throws Exception {
		HttpResponse<String> response = send(request("/filtered/crash").header("traceparent", TRACEPARENT));
		assertThat(response).doesNotLeak("token store")
			.isProblem()
			.hasStatus(500)
			.hasDetail()
			.hasInstance("/filtered/crash")
			.hasTraceId(TRACE_ID);
		assertThat(output.getAll()).containsOnlyOnce("token store unreachable")
			.contains("[traceId=" + TRACE_ID + "]")
			.doesNotContain("Servlet.service()");
	}

	@Test
	void typedExceptionFromFilterIsMappedAsInAController() throws Exception {
		assertThat(send(request("/filtered/limit"))).hasRetryAfter(7)
			.doesNotLeak()
			.isProblem()
			.hasStatus(429)
			.hasType("https://errors.example.com/rate-limited")
			.hasDetail()
			.hasInstance("/filtered/limit")
			.hasTraceId();
	}

	@Test
	void sendErrorAnswersTheStatusWithTheOriginalPathAndTraceId() throws Exception {
		assertThat(send(request("/send-error").header("traceparent", TRACEPARENT))).doesNotLeak()
			.isProblem()
			.hasStatus(409)
			.hasType("https://errors.example.com/conflict")
			.hasDetail()
			.hasInstance("/send-error")
			.hasTraceId(TRACE_ID);
	}

	@Test
	void exceptionOfAnotherServletIsMappedAsInAController() throws Exception {
		assertThat(send(request("/legacy/report").header("traceparent", TRACEPARENT))).hasRetryAfter(7)
			.doesNotLeak()
			.isProblem()
			.hasStatus(429)
			.hasDetail()
			.hasInstance("/legacy/report")
			.hasTraceId(TRACE_ID);
	}

	@Test
	void exceptionThatReachesTheContainerIsMappedThroughTheErrorDispatch() throws Exception {
		assertThat(send(request("/early/limit").header("traceparent", TRACEPARENT))).hasRetryAfter(7)
			.doesNotLeak()
			.isProblem()
			.hasStatus(429)
			.hasType("https://errors.example.com/rate-limited")
			.hasDetail()
			.hasInstance("/early/limit")
			.hasTraceId(TRACE_ID);
	}

	@Test
	void browserWithoutAnErrorPageGetsAProblem() throws Exception {
		assertThat(send(request("/send-error").header("Accept", "text/html"))).doesNotLeak()
			.isProblem()
			.hasStatus(409)
			.hasDetail()
			.hasInstance("/send-error")
			.hasTraceId();
	}

	@Test
	void browserGetsTheApplicationsOwnErrorPage() throws Exception {
		HttpResponse<String> response = send(request("/teapot").header("Accept", "text/html"));
		assertThat(response.statusCode()).isEqualTo(418);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains("The application's own error page");
	}

	@Test
	void apiClientGetsAProblemWhereABrowserGetsTheErrorPage() throws Exception {
		assertThat(send(request("/teapot"))).doesNotLeak()
			.isProblem()
			.hasStatus(418)
			.hasDetail()
			.hasInstance("/teapot")
			.hasTraceId();
	}

	@Test
	void unknownPathAnswers404() throws Exception {
		assertThat(send(request("/no/such/path"))).doesNotLeak()
			.isProblem()
			.hasStatus(404)
			.hasDetail()
			.hasInstance("/no/such/path")
			.hasTraceId();
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).timeout(Duration.ofSeconds(10));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	static class FailingFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (request.getRequestURI().endsWith("/crash")) {
				throw new ServletException(new IllegalStateException("token store unreachable"));
			}
			throw new RateLimitedException(Duration.ofSeconds(7));
		}

	}

	static class LegacyServlet extends HttpServlet {

		@Override
		protected void doGet(HttpServletRequest request, HttpServletResponse response) {
			throw new RateLimitedException(Duration.ofSeconds(7));
		}

	}

	@RestController
	static class SendErrorController {

		@GetMapping("/send-error")
		void sendError(HttpServletResponse response) throws IOException {
			response.sendError(409);
		}

		@GetMapping("/teapot")
		void teapot(HttpServletResponse response) throws IOException {
			response.sendError(418);
		}

	}

	@TestApplicationWithoutSecurity
	@Import(SendErrorController.class)
	static class ErrorDispatchApplication {

		@Bean
		FilterRegistrationBean<FailingFilter> failingFilter() {
			FilterRegistrationBean<FailingFilter> registration = new FilterRegistrationBean<>(new FailingFilter());
			registration.addUrlPatterns("/filtered/*");
			return registration;
		}

		// Runs before the starter's own filters, so its exception reaches the container.
		@Bean
		FilterRegistrationBean<FailingFilter> earlyFailingFilter() {
			FilterRegistrationBean<FailingFilter> registration = new FilterRegistrationBean<>(new FailingFilter());
			registration.addUrlPatterns("/early/*");
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
			return registration;
		}

		@Bean
		ServletRegistrationBean<LegacyServlet> legacyServlet() {
			return new ServletRegistrationBean<>(new LegacyServlet(), "/legacy/*");
		}

	}

}

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
import tools.jackson.databind.JsonNode;

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

import static io.github.problemdetails.testsupport.ProblemResponses.assertProblemBody;
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
		JsonNode problem = assertProblem(response, 500, "/filtered/crash");
		assertThat(problem.path("traceId").asString()).isEqualTo(TRACE_ID);
		assertThat(response.body()).doesNotContain("token store");
		assertThat(output.getAll()).containsOnlyOnce("token store unreachable")
			.contains("[traceId=" + TRACE_ID + "]")
			.doesNotContain("Servlet.service()");
	}

	@Test
	void typedExceptionFromFilterIsMappedAsInAController() throws Exception {
		HttpResponse<String> response = send(request("/filtered/limit"));
		JsonNode problem = assertProblem(response, 429, "/filtered/limit");
		assertThat(problem.path("type").asString()).isEqualTo("https://errors.example.com/rate-limited");
		assertThat(response.headers().firstValue("Retry-After")).hasValue("7");
	}

	@Test
	void sendErrorAnswersTheStatusWithTheOriginalPathAndTraceId() throws Exception {
		HttpResponse<String> response = send(request("/send-error").header("traceparent", TRACEPARENT));
		JsonNode problem = assertProblem(response, 409, "/send-error");
		assertThat(problem.path("type").asString()).isEqualTo("https://errors.example.com/conflict");
		assertThat(problem.path("traceId").asString()).isEqualTo(TRACE_ID);
	}

	@Test
	void exceptionOfAnotherServletIsMappedAsInAController() throws Exception {
		HttpResponse<String> response = send(request("/legacy/report").header("traceparent", TRACEPARENT));
		JsonNode problem = assertProblem(response, 429, "/legacy/report");
		assertThat(problem.path("traceId").asString()).isEqualTo(TRACE_ID);
		assertThat(response.headers().firstValue("Retry-After")).hasValue("7");
	}

	@Test
	void exceptionThatReachesTheContainerIsMappedThroughTheErrorDispatch() throws Exception {
		HttpResponse<String> response = send(request("/early/limit").header("traceparent", TRACEPARENT));
		JsonNode problem = assertProblem(response, 429, "/early/limit");
		assertThat(problem.path("type").asString()).isEqualTo("https://errors.example.com/rate-limited");
		assertThat(response.headers().firstValue("Retry-After")).hasValue("7");
	}

	@Test
	void browserWithoutAnErrorPageGetsAProblem() throws Exception {
		HttpResponse<String> response = send(request("/send-error").header("Accept", "text/html"));
		assertProblem(response, 409, "/send-error");
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
		assertProblem(send(request("/teapot")), 418, "/teapot");
	}

	@Test
	void unknownPathAnswers404() throws Exception {
		assertProblem(send(request("/no/such/path")), 404, "/no/such/path");
	}

	private JsonNode assertProblem(HttpResponse<String> response, int status, String path) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		return assertProblemBody(response.body(), status, path,
				response.headers().firstValue("X-Trace-Id").orElse(null));
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

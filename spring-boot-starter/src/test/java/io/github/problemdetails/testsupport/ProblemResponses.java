package io.github.problemdetails.testsupport;

import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks every wire test makes on a problem response: status, content type, the standard
 * members, the trace ID in body and header, and the one shared leak check.
 */
public final class ProblemResponses {

	/** Fragments that never appear in a response: stack traces, class names, SQL, parser text. */
	private static final String[] LEAKS = { "Exception", "\tat ", "java.", "javax.", "jakarta.", "org.springframework",
			"tools.jackson", "com.fasterxml", "io.github.problemdetails", "SELECT ", "INSERT ", "jdbc:" };

	private ProblemResponses() {
	}

	/**
	 * Assert that the response is a contract problem and return its body.
	 * @param response the response
	 * @param status the expected status
	 * @param path the expected {@code instance}
	 * @return the parsed body
	 */
	public static JsonNode assertProblem(MockHttpServletResponse response, int status, String path) throws Exception {
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as("status of %s", body).isEqualTo(status);
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
		return assertProblemBody(body, status, path, response.getHeader("X-Trace-Id"));
	}

	/**
	 * Assert that a body is a contract problem and return it.
	 * @param body the body
	 * @param status the expected status
	 * @param path the expected {@code instance}
	 * @param traceIdHeader the trace-ID response header
	 * @return the parsed body
	 */
	public static JsonNode assertProblemBody(String body, int status, String path, String traceIdHeader) {
		assertNoLeak(body);
		JsonNode problem = JsonMapper.shared().readTree(body);
		assertThat(problem.path("status").asInt()).isEqualTo(status);
		assertThat(problem.path("type").asString()).isNotBlank();
		assertThat(problem.path("title").asString()).isNotBlank();
		assertThat(problem.path("detail").asString()).isNotBlank();
		assertThat(problem.path("instance").asString()).isEqualTo(path);
		assertThat(problem.path("traceId").asString()).matches("[0-9a-f]{32}|[A-Za-z0-9._-]{1,64}")
			.isEqualTo(traceIdHeader);
		return problem;
	}

	/**
	 * Assert that a response body gives away nothing internal.
	 * @param body the body
	 */
	public static void assertNoLeak(String body) {
		assertThat(body).doesNotContain(LEAKS);
	}

}

package io.github.problemdetails.test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.client.ExchangeResult;

/**
 * Entry point of the assertions for problem responses of a Spring MVC application: results of
 * {@link MockMvcTester} and {@code RestTestClient}, responses of the JDK's {@link HttpResponse
 * HttpClient} to a running server, and raw JSON.
 *
 * <pre class="code">
 * assertThat(mvc.post().uri("/users").contentType(APPLICATION_JSON).content(json))
 *     .isProblem()
 *     .hasStatus(422)
 *     .hasType("validation-failed")
 *     .hasFieldError("/email", "must be a well-formed email address")
 *     .hasTraceId();
 * </pre>
 *
 * <p>For {@code WebTestClient} use {@link WebTestClientProblemAssertions}.
 */
public final class ProblemAssertions {

	private ProblemAssertions() {
	}

	/**
	 * Assertions on the response of a {@link MockMvcTester} request.
	 * @param result the result
	 * @return the assertions
	 */
	public static ProblemResponseAssert assertThat(MvcTestResult result) {
		if (result.getUnresolvedException() != null) {
			// No response to assert: an exception that nothing answered. Show it rather than an empty body.
			throw new AssertionError("Expecting a problem response, but the request failed with an unresolved "
					+ "exception", result.getUnresolvedException());
		}
		return assertThat(result.getResponse());
	}

	/**
	 * Assertions on the response of a {@link MockMvcTester} request, performing it.
	 * @param request the request
	 * @return the assertions
	 */
	public static ProblemResponseAssert assertThat(MockMvcTester.MockMvcRequestBuilder request) {
		return assertThat(request.exchange());
	}

	/**
	 * Assertions on a servlet response written outside {@link MockMvcTester}, such as by a filter
	 * or handler under test.
	 * @param response the response
	 * @return the assertions
	 */
	public static ProblemResponseAssert assertThat(MockHttpServletResponse response) {
		return new ProblemResponseAssert(new RecordedResponse(response.getStatus(), response.getContentType(),
				response::getHeaders, content(response)));
	}

	/**
	 * Assertions on the response of the JDK's {@code HttpClient} to a running server, such as
	 * one that {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} starts.
	 * @param response the response, its body read as a string
	 * @return the assertions
	 */
	public static ProblemResponseAssert assertThat(HttpResponse<String> response) {
		return new ProblemResponseAssert(new RecordedResponse(response.statusCode(),
				response.headers().firstValue(HttpHeaders.CONTENT_TYPE).orElse(null), response.headers()::allValues,
				response.body()));
	}

	/**
	 * Assertions on the response of a {@code RestTestClient} exchange, such as
	 * {@code client.get().uri("/users/9").exchange().returnResult()}.
	 * @param result the result
	 * @return the assertions
	 */
	public static ProblemResponseAssert assertThat(ExchangeResult result) {
		HttpHeaders headers = result.getResponseHeaders();
		byte[] body = result.getResponseBodyContent();
		return new ProblemResponseAssert(new RecordedResponse(result.getStatus().value(),
				headers.getFirst(HttpHeaders.CONTENT_TYPE), headers::getOrEmpty,
				(body != null) ? new String(body, StandardCharsets.UTF_8) : ""));
	}

	/**
	 * Assertions on a problem body alone, such as a JSON string read from a log or a message.
	 * @param json the problem as JSON
	 * @return the assertions
	 */
	public static ProblemResponseAssert assertThatProblem(String json) {
		return new ProblemResponseAssert(RecordedResponse.ofBody(json));
	}

	private static String content(MockHttpServletResponse response) {
		try {
			return response.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

package io.github.problemdetails.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.github.problemdetails.test.ProblemAssert;
import io.github.problemdetails.test.ProblemAssertions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real HTTP calls to a test server on 127.0.0.1, and the checks that the security tests make on
 * their answers, composed from the shipped assertions.
 */
public final class RealHttp {

	private final HttpClient client = HttpClient.newHttpClient();

	private final int port;

	/**
	 * Create a client of the server on the given port.
	 * @param port the server's port
	 */
	public RealHttp(int port) {
		this.port = port;
	}

	/**
	 * Start a request.
	 * @param path the path, with query if any
	 * @return the request builder
	 */
	public HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
	}

	/**
	 * Send a request.
	 * @param request the request
	 * @return the response, with its body as text
	 */
	public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Send a {@code GET} request.
	 * @param path the path, with query if any
	 * @param headers header names and values, in turns
	 * @return the response, with its body as text
	 */
	public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = request(path);
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request);
	}

	/**
	 * Assert, with the shipped assertions, that a response is a contract problem of the given
	 * status and path that leaks nothing.
	 * @param response the response
	 * @param status the expected status
	 * @param path the expected {@code instance}
	 * @return assertions on the problem's members
	 */
	public static ProblemAssert assertProblem(HttpResponse<String> response, int status, String path) {
		return ProblemAssertions.assertThat(response)
			.doesNotLeak()
			.isProblem()
			.hasStatus(status)
			.hasDetail()
			.hasInstance(path)
			.hasTraceId();
	}

	/**
	 * Assert that a response is a contract problem of the given status and path with exactly the
	 * given {@code WWW-Authenticate} challenge.
	 * @param response the response
	 * @param status the expected status
	 * @param path the expected {@code instance}
	 * @param challenge the expected challenge
	 * @return assertions on the problem's members
	 */
	public static ProblemAssert assertProblem(HttpResponse<String> response, int status, String path, String challenge) {
		ProblemAssertions.assertThat(response).hasChallenge(challenge);
		return assertProblem(response, status, path);
	}

	/**
	 * Assert the status of a response and that its one {@code WWW-Authenticate} challenge starts as given.
	 * @param response the response
	 * @param status the expected status
	 * @param challenge the expected start of the challenge, such as {@code Bearer error="invalid_token"}
	 */
	public static void assertChallenge(HttpResponse<String> response, int status, String challenge) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().allValues("WWW-Authenticate")).singleElement()
			.satisfies((sent) -> assertThat(sent).startsWith(challenge));
	}

	/**
	 * Return an HTTP Basic {@code Authorization} header value.
	 * @param username the user name
	 * @param password the password
	 * @return the header value
	 */
	public static String basic(String username, String password) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Return a problem body without its trace ID, which differs per request.
	 * @param body the body
	 * @return the body with an empty trace ID
	 */
	public static String withoutTraceId(String body) {
		return body.replaceAll("\"traceId\":\"[0-9a-f]{32}\"", "\"traceId\":\"\"");
	}

}

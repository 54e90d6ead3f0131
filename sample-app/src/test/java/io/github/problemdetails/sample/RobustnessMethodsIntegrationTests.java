package io.github.problemdetails.sample;

import java.net.http.HttpRequest.BodyPublishers;
import java.util.stream.Stream;

import io.github.problemdetails.test.ProblemResponseAssert;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The robustness suite, request methods: methods a route does not support (the problem type catalogue's
 * included) answer 405 with {@code Allow}; {@code TRACE} is refused by Tomcat itself, with the same answer; a
 * method nobody knows is refused by Spring Security's firewall as a malformed request.
 */
class RobustnessMethodsIntegrationTests extends AbstractRobustnessIntegrationTests {

	// Spring Security's firewall refuses a method it does not know before any route is chosen.
	@Override
	Stream<HostileRequest> hostileRequests() {
		return Stream.of("FOO", "get", "PROPFIND", "M" + "E".repeat(200))
			.map((method) -> new HostileRequest("unknown method " + method, 400,
					(http) -> http.request("/ok").method(method, BodyPublishers.noBody())));
	}

	static Stream<MethodRequest> unsupported() {
		return Stream.of(method("DELETE", "/orders/1", "GET"), method("PATCH", "/ok", "GET", "POST"),
				method("POST", "/problems/", "GET", "HEAD", "OPTIONS"),
				method("DELETE", "/problems/not-found", "GET", "HEAD", "OPTIONS"),
				method("PUT", "/problems", "GET", "HEAD", "OPTIONS"),
				method("PATCH", "/problems/no-such-type", "GET", "HEAD", "OPTIONS"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("unsupported")
	void unsupportedMethodAnswers405WithAllowLoggedOnce(MethodRequest request) throws Exception {
		Answered answered = send(request.request());
		new ProblemResponseAssert(answered.response()).hasAllowedMethods(request.allowed());
		assertClientError(answered, 405).hasType(SampleHttp.TYPE_BASE + "method-not-allowed");
	}

	// Tomcat refuses TRACE before any filter (its connector's allowTrace), allowing what the servlet implements.
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/ok", "/users", "/problems/", "/no/such/path" })
	void traceAnswers405WithAllowLoggedOnce(String path) throws Exception {
		Answered answered = send(method("TRACE", path).request());
		assertThat(answered.response().header("Allow")).contains("GET").doesNotContain("TRACE");
		assertClientError(answered, 405).hasType(SampleHttp.TYPE_BASE + "method-not-allowed");
	}

	private static MethodRequest method(String method, String path, String... allowed) {
		return new MethodRequest(new HostileRequest(method + " " + path, 405,
				(http) -> http.request(path).method(method, BodyPublishers.noBody())), allowed);
	}

	/**
	 * A request with a method its route does not support.
	 *
	 * @param request the request
	 * @param allowed the methods the route supports
	 */
	record MethodRequest(HostileRequest request, String... allowed) {

		@Override
		public String toString() {
			return this.request.toString();
		}

	}

}

package io.github.problemdetails.sample;

import java.net.http.HttpRequest;
import java.util.Base64;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The robustness suite, request headers: oversized, too many, invalid bytes, and trace IDs that try to get into
 * the answer or the log.
 */
class RobustnessHeadersIntegrationTests extends AbstractRobustnessIntegrationTests {

	private static final String UNKNOWN_USER = "/users/987654";

	@Override
	Stream<HostileRequest> hostileRequests() {
		return Stream.of(
				new HostileRequest("20 KB header", 400,
						(http) -> http.request("/ok").header("X-Padding", "x".repeat(20 * 1024)).GET()),
				new HostileRequest("200 headers", 400, (http) -> {
					HttpRequest.Builder request = http.request("/ok").GET();
					for (int i = 0; i < 200; i++) {
						request.header("X-Header-" + i, "x");
					}
					return request;
				}),
				new HostileRequest("Accept-Language garbage", 404,
						(http) -> http.request(UNKNOWN_USER).header("Accept-Language", ";;;,,q=x,*-*-*;q=2").GET()),
				new HostileRequest("Authorization of 6 KB", 401, (http) -> http.request("/account")
					.header("Authorization", "Basic " + "A".repeat(6 * 1024))
					.GET()),
				new HostileRequest("Basic credentials without a colon", 401, (http) -> http.request("/account")
					.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("alice".getBytes()))
					.GET()),
				new HostileRequest("cookie garbage", 404,
						(http) -> http.request(UNKNOWN_USER).header("Cookie", "=;;;\u00e9=\"; a=\"b").GET()),
				// Bytes no client library sends in a header
				invalidHeader("control character in a value", "X-Bad: a\u0001b"),
				invalidHeader("space in a name", "Bad Header: x"), invalidHeader("no colon", "No-Colon"),
				invalidHeader("NUL in a name", "X-Nul\u0000: x"), invalidHeader("DEL in a value", "X-Del: a\u007fb"),
				invalidHeader("empty name", ": no name"));
	}

	static Stream<HostileRequest> injectedTraceIds() {
		return Stream.of(
				new HostileRequest("markup as request ID", 404,
						(http) -> http.request(UNKNOWN_USER).header("X-Request-Id", "<script>alert(1)</script>").GET()),
				new HostileRequest("2 KB request ID", 404,
						(http) -> http.request(UNKNOWN_USER).header("X-Request-Id", "r".repeat(2048)).GET()),
				new HostileRequest("log line in a request ID", 404,
						(http) -> http.request(UNKNOWN_USER).header("X-Request-Id", "id ERROR forged").GET()),
				new HostileRequest("malformed traceparent", 404,
						(http) -> http.request(UNKNOWN_USER).header("traceparent", "00-zz-yy-01").GET()),
				new HostileRequest("all-zero trace ID", 404, (http) -> http.request(UNKNOWN_USER)
					.header("traceparent", "00-00000000000000000000000000000000-00f067aa0ba902b7-01")
					.GET()),
				new HostileRequest("traceparent of 2 KB", 404, (http) -> http.request(UNKNOWN_USER)
					.header("traceparent",
							"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01" + "-x".repeat(1000))
					.GET()));
	}

	// A generated W3C trace ID instead: assertClientError checks it in body and header, and finds it in the log.
	@ParameterizedTest(name = "{0}")
	@MethodSource("injectedTraceIds")
	void injectedTraceIdsAreNeitherEchoedNorLogged(HostileRequest request) throws Exception {
		Answered answered = send(request);
		assertClientError(answered, request.status());
		assertThat(answered.response().body()).doesNotContain("script", "rrrr", "forged", "zz", "-x-x");
		assertThat(answered.log()).doesNotContain("script", "rrrr", "forged", "-x-x");
	}

	private static HostileRequest invalidHeader(String name, String header) {
		return HostileRequest.raw(name, 400, "GET /ok HTTP/1.1\r\nHost: sample\r\n" + header + "\r\n\r\n");
	}

}

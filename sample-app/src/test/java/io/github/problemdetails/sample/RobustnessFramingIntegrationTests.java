package io.github.problemdetails.sample;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The robustness suite, request framing: request lines, targets and versions no client library sends, broken
 * chunked framing, bodies cut short and {@code Content-Length} that does not fit the body. Written on sockets.
 */
class RobustnessFramingIntegrationTests extends AbstractRobustnessIntegrationTests {

	private static final String JSON_POST = "POST /users HTTP/1.1\r\nHost: sample\r\n"
			+ "Content-Type: application/json\r\n";

	static Stream<RawRequest> framing() {
		return Stream.of(
				// Request lines and targets
				RawRequest.of("malformed method", 400, "G@T /ok HTTP/1.1\r\nHost: sample\r\n\r\n"),
				RawRequest.of("10 KB method", 400, "G".repeat(10 * 1024) + " /ok HTTP/1.1\r\nHost: sample\r\n\r\n"),
				RawRequest.of("target without slash", 400, "GET ok HTTP/1.1\r\nHost: sample\r\n\r\n"),
				RawRequest.of("control character in the target", 400, "GET /o\u0001k HTTP/1.1\r\nHost: sample\r\n\r\n"),
				RawRequest.of("space in the target", 400, "GET /o k HTTP/1.1\r\nHost: sample\r\n\r\n"),
				RawRequest.of("malformed absolute target", 400,
						"GET http://[sample/ok HTTP/1.1\r\nHost: sample\r\n\r\n"),
				RawRequest.of("malformed percent-encoding", 400, "GET /users/%zz HTTP/1.1\r\nHost: sample\r\n\r\n"),
				RawRequest.of("encoded NUL in the target", 400, "GET /users/%00 HTTP/1.1\r\nHost: sample\r\n\r\n"),
				RawRequest.of("10 KB target", 400,
						"GET /" + "a".repeat(10 * 1024) + " HTTP/1.1\r\nHost: sample\r\n\r\n"),
				RawRequest.of("HTTP/1.1 without Host", 400, "GET /ok HTTP/1.1\r\n\r\n"),
				RawRequest.of("two Host headers", 400, "GET /ok HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n"),
				RawRequest.of("malformed Host", 400, "GET /ok HTTP/1.1\r\nHost: [sample\r\n\r\n"),
				RawRequest.of("malformed version", 400, "GET /ok HTTX/1.1\r\nHost: sample\r\n\r\n"),
				// Chunked framing
				RawRequest.of("malformed chunk size", 400,
						JSON_POST + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n"),
				RawRequest.of("chunk size past long", 400,
						JSON_POST + "Transfer-Encoding: chunked\r\n\r\nfffffffffffffffffff\r\n{}\r\n0\r\n\r\n"),
				RawRequest.of("chunk longer than its size", 400,
						JSON_POST + "Transfer-Encoding: chunked\r\n\r\n1\r\n{}\r\n0\r\n\r\n"),
				// RFC 9112 §6.3: Transfer-Encoding overrides Content-Length; the body "{}" is then read, and invalid.
				RawRequest.of("chunked and Content-Length", 422,
						JSON_POST + "Transfer-Encoding: chunked\r\nContent-Length: 2\r\n\r\n2\r\n{}\r\n0\r\n\r\n"),
				RawRequest.ended("chunked body without its last chunk", 400,
						JSON_POST + "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n"),
				// Content-Length
				RawRequest.ended("body shorter than Content-Length", 400,
						JSON_POST + "Content-Length: 100\r\n\r\n{\"name\":"),
				RawRequest.of("non-numeric Content-Length", 400, JSON_POST + "Content-Length: ten\r\n\r\n{}"),
				RawRequest.of("negative Content-Length", 400, JSON_POST + "Content-Length: -2\r\n\r\n{}"),
				RawRequest.of("Content-Length past long", 400,
						JSON_POST + "Content-Length: 99999999999999999999\r\n\r\n{}"),
				RawRequest.of("two different Content-Lengths", 400,
						JSON_POST + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{} "),
				RawRequest.of("body longer than Content-Length", 400,
						JSON_POST + "Content-Length: 5\r\nConnection: close\r\n\r\n{\"name\": \"Ada\"}"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("framing")
	void brokenFramingAnswersAClientErrorLoggedOnce(RawRequest request) throws Exception {
		assertClientError(sendRaw(request.bytes(), request.endAfterRequest()), request.status());
	}

	/**
	 * One request written byte for byte.
	 *
	 * @param name what is wrong with it
	 * @param status the expected status
	 * @param bytes the request
	 * @param endAfterRequest whether the client stops sending after it
	 */
	record RawRequest(String name, int status, byte[] bytes, boolean endAfterRequest) {

		static RawRequest of(String name, int status, String text) {
			return new RawRequest(name, status, text.getBytes(StandardCharsets.ISO_8859_1), false);
		}

		static RawRequest ended(String name, int status, String text) {
			return new RawRequest(name, status, text.getBytes(StandardCharsets.ISO_8859_1), true);
		}

		@Override
		public String toString() {
			return this.name + " -> " + this.status;
		}

	}

}

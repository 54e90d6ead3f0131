package io.github.problemdetails.sample;

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

	@Override
	Stream<HostileRequest> hostileRequests() {
		return Stream.of(
				// Request lines and targets
				HostileRequest.raw("malformed method", 400, "G@T /ok HTTP/1.1\r\nHost: sample\r\n\r\n"),
				HostileRequest.raw("10 KB method", 400,
						"G".repeat(10 * 1024) + " /ok HTTP/1.1\r\nHost: sample\r\n\r\n"),
				HostileRequest.raw("target without slash", 400, "GET ok HTTP/1.1\r\nHost: sample\r\n\r\n"),
				HostileRequest.raw("control character in the target", 400,
						"GET /o\u0001k HTTP/1.1\r\nHost: sample\r\n\r\n"),
				HostileRequest.raw("space in the target", 400, "GET /o k HTTP/1.1\r\nHost: sample\r\n\r\n"),
				HostileRequest.raw("malformed absolute target", 400,
						"GET http://[sample/ok HTTP/1.1\r\nHost: sample\r\n\r\n"),
				HostileRequest.raw("malformed percent-encoding", 400,
						"GET /users/%zz HTTP/1.1\r\nHost: sample\r\n\r\n"),
				HostileRequest.raw("encoded NUL in the target", 400, "GET /users/%00 HTTP/1.1\r\nHost: sample\r\n\r\n"),
				HostileRequest.raw("10 KB target", 400,
						"GET /" + "a".repeat(10 * 1024) + " HTTP/1.1\r\nHost: sample\r\n\r\n"),
				HostileRequest.raw("HTTP/1.1 without Host", 400, "GET /ok HTTP/1.1\r\n\r\n"),
				HostileRequest.raw("two Host headers", 400, "GET /ok HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n"),
				HostileRequest.raw("malformed Host", 400, "GET /ok HTTP/1.1\r\nHost: [sample\r\n\r\n"),
				HostileRequest.raw("malformed version", 400, "GET /ok HTTX/1.1\r\nHost: sample\r\n\r\n"),
				// Chunked framing
				chunked("malformed chunk size", "zz\r\n{}\r\n0\r\n\r\n"),
				chunked("chunk size past long", "fffffffffffffffffff\r\n{}\r\n0\r\n\r\n"),
				chunked("chunk longer than its size", "1\r\n{}\r\n0\r\n\r\n"),
				// RFC 9112 §6.3: Transfer-Encoding overrides Content-Length; the body "{}" is then read, and invalid.
				HostileRequest.raw("chunked and Content-Length", 422,
						JSON_POST + "Transfer-Encoding: chunked\r\nContent-Length: 2\r\n\r\n2\r\n{}\r\n0\r\n\r\n"),
				HostileRequest.ended("chunked body without its last chunk", 400,
						JSON_POST + "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n"),
				// Content-Length
				HostileRequest.ended("body shorter than Content-Length", 400,
						JSON_POST + "Content-Length: 100\r\n\r\n{\"name\":"),
				withLength("non-numeric Content-Length", "ten", "{}"),
				withLength("negative Content-Length", "-2", "{}"),
				withLength("Content-Length past long", "99999999999999999999", "{}"),
				withLength("two different Content-Lengths", "2\r\nContent-Length: 3", "{} "),
				withLength("body longer than Content-Length", "5\r\nConnection: close", "{\"name\": \"Ada\"}"));
	}

	static Stream<HostileRequest> protocolRejections() {
		return Stream.of(HostileRequest.raw("unsupported HTTP version", 505,
				"GET /ok HTTP/9.9\r\nHost: sample\r\nConnection: close\r\n\r\n"),
				HostileRequest.raw("unknown transfer coding", 501,
						JSON_POST + "Transfer-Encoding: gzip\r\nConnection: close\r\n\r\n{}"));
	}

	// RFC 9110 §15.6.2 and §15.6.6 ask for a 5xx: the statuses stay, and the log says it is the client's doing.
	@ParameterizedTest(name = "{0}")
	@MethodSource("protocolRejections")
	void unsupportedVersionOrCodingAnswersItsStatusLoggedAsTheClientsFault(HostileRequest request) throws Exception {
		assertClientsFault(send(request), request.status(), MAX_ANSWER_BYTES);
	}

	private static HostileRequest chunked(String name, String chunks) {
		return HostileRequest.raw(name, 400, JSON_POST + "Transfer-Encoding: chunked\r\n\r\n" + chunks);
	}

	private static HostileRequest withLength(String name, String contentLength, String body) {
		return HostileRequest.raw(name, 400, JSON_POST + "Content-Length: " + contentLength + "\r\n\r\n" + body);
	}

}

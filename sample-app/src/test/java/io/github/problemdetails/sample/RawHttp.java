package io.github.problemdetails.sample;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.problemdetails.test.RecordedResponse;
import org.jspecify.annotations.Nullable;

/**
 * Requests written byte for byte on a socket to the sample service, for what no HTTP client sends: malformed
 * request lines, broken framing, invalid header bytes.
 */
final class RawHttp {

	// Tomcat sends the status line without a reason phrase; header names as set.
	private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.1 (\\d{3})[^\\r\\n]*\\r\\n");

	// Bounded: a test never waits longer than this for an answer.
	private static final int TIMEOUT_MILLIS = 5000;

	private final int port;

	RawHttp(int port) {
		this.port = port;
	}

	/**
	 * Write the request and read the answer.
	 * @param request the request, written as ISO-8859-1 bytes
	 * @return the answer
	 */
	Answer exchange(String request) throws IOException {
		return exchange(request.getBytes(StandardCharsets.ISO_8859_1), false);
	}

	/**
	 * Write the request, optionally end the request's half of the connection as a client that stops sending
	 * does, and read the answer up to its {@code Content-Length}, or to the end of the connection.
	 * @param request the request's bytes
	 * @param endAfterRequest whether to shut the socket's output down after the request
	 * @return the answer
	 */
	Answer exchange(byte[] request, boolean endAfterRequest) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(TIMEOUT_MILLIS);
			socket.getOutputStream().write(request);
			socket.getOutputStream().flush();
			if (endAfterRequest) {
				socket.shutdownOutput();
			}
			return Answer.of(read(socket.getInputStream()));
		}
	}

	private static String read(InputStream in) throws IOException {
		ByteArrayOutputStream answer = new ByteArrayOutputStream();
		int headerEnd = -1;
		int contentLength = -1;
		byte[] buffer = new byte[8192];
		int read;
		try {
			while ((read = in.read(buffer)) != -1) {
				answer.write(buffer, 0, read);
				String text = answer.toString(StandardCharsets.ISO_8859_1);
				if (headerEnd < 0 && (headerEnd = text.indexOf("\r\n\r\n")) >= 0) {
					String length = parseHeaders(text.substring(0, headerEnd)).get("content-length");
					contentLength = (length != null) ? Integer.parseInt(length) : -1;
				}
				if (headerEnd >= 0 && contentLength >= 0 && answer.size() >= headerEnd + 4 + contentLength) {
					break;
				}
			}
		}
		catch (SocketException ex) {
			// The server reset the connection after (or instead of) its answer: what arrived is the answer.
		}
		return answer.toString(StandardCharsets.UTF_8);
	}

	private static Map<String, String> parseHeaders(String block) {
		Map<String, String> headers = new LinkedHashMap<>();
		for (String line : block.split("\r\n")) {
			int colon = line.indexOf(':');
			if (colon > 0) {
				headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
			}
		}
		return headers;
	}

	/**
	 * What the server sent back.
	 *
	 * @param status the status, or {@code null} when the server closed the connection without an answer
	 * @param headers the headers by lower-case name
	 * @param body the body
	 */
	record Answer(@Nullable Integer status, Map<String, String> headers, String body) {

		static Answer of(String text) {
			Matcher statusLine = STATUS_LINE.matcher(text);
			int headerEnd = text.indexOf("\r\n\r\n");
			if (!statusLine.lookingAt() || headerEnd < 0) {
				return new Answer(null, Map.of(), text);
			}
			return new Answer(Integer.parseInt(statusLine.group(1)),
					parseHeaders(text.substring(statusLine.end(), headerEnd)), text.substring(headerEnd + 4));
		}

		/**
		 * Return the answer as the shipped assertions read it.
		 */
		RecordedResponse recorded() {
			return new RecordedResponse(this.status, this.headers.get("content-type"),
					(name) -> Optional.ofNullable(this.headers.get(name.toLowerCase(Locale.ROOT))).map(List::of)
						.orElse(List.of()),
					this.body);
		}

	}

}

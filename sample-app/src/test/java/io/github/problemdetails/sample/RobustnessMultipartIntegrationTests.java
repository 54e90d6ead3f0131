package io.github.problemdetails.sample;

import java.net.http.HttpRequest.BodyPublishers;
import java.util.stream.Stream;

/**
 * The robustness suite, multipart bodies: Spring MVC parses every multipart request before it chooses a handler,
 * so a broken one fails on any route. Malformed framing is the client's fault (400); a part over
 * {@code spring.servlet.multipart.*} is too large (413).
 */
class RobustnessMultipartIntegrationTests extends AbstractRobustnessIntegrationTests {

	private static final String BOUNDARY = "robustness-boundary";

	private static final String PART = "--" + BOUNDARY
			+ "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nAda\r\n";

	@Override
	Stream<HostileRequest> hostileRequests() {
		return Stream.of(upload("no boundary", 400, "multipart/form-data", PART + "--" + BOUNDARY + "--\r\n"),
				// An empty parameter value makes the Content-Type unusable: as if there were none.
				upload("empty boundary", 415, "multipart/form-data; boundary=", PART + "--" + BOUNDARY + "--\r\n"),
				upload("no closing delimiter", 400, "multipart/form-data; boundary=" + BOUNDARY, PART),
				upload("part without the end of its headers", 400, "multipart/form-data; boundary=" + BOUNDARY,
						"--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"name\"\r\nAda--" + BOUNDARY
								+ "--"),
				upload("boundary of 200 characters without its closing delimiter", 400,
						"multipart/form-data; boundary=" + "b".repeat(200),
						"--" + "b".repeat(200) + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nAda\r\n"),
				upload("part over max-file-size", 413, "multipart/form-data; boundary=" + BOUNDARY,
						"--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
								+ "\r\n" + "a".repeat(100 * 1024) + "\r\n--" + BOUNDARY + "--\r\n"),
				upload("1,000 parts", 413, "multipart/form-data; boundary=" + BOUNDARY,
						PART.repeat(1000) + "--" + BOUNDARY + "--\r\n"),
				// Without any part of its boundary the body is read as empty: no parts, and no JSON for the route.
				upload("another boundary in the body", 415, "multipart/form-data; boundary=" + BOUNDARY,
						"--other\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nAda\r\n--other--\r\n"),
				upload("empty body", 415, "multipart/form-data; boundary=" + BOUNDARY, ""));
	}

	private static HostileRequest upload(String name, int status, String contentType, String body) {
		return new HostileRequest(name, status, (http) -> http.request("/users")
			.header("Content-Type", contentType)
			.POST(BodyPublishers.ofString(body)));
	}

}

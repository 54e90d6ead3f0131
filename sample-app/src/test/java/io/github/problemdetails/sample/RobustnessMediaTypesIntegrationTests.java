package io.github.problemdetails.sample;

import java.net.http.HttpRequest.BodyPublishers;
import java.util.stream.Stream;

/**
 * The robustness suite, media types: {@code Content-Type} with wildcards, invalid syntax or an unknown charset,
 * and {@code Accept} garbage. A body whose type cannot be used is one the service does not support: 415.
 */
class RobustnessMediaTypesIntegrationTests extends AbstractRobustnessIntegrationTests {

	// Invalid, so that a body read after all creates nothing: 422.
	private static final String USER = "{\"name\":\"\",\"email\":\"no\"}";

	@Override
	Stream<HostileRequest> hostileRequests() {
		return Stream.concat(contentTypes(), accepts());
	}

	private static Stream<HostileRequest> contentTypes() {
		return Stream.of(postUser("*/*"), postUser("application/*"), postUser("*/json"), postUser("application/"),
				postUser("json"), postUser("application/json;;;="),
				postUser("application/json; charset=no-such-charset"), postUser("application/json; charset=\"utf-8"),
				postUser("multipart/*"), postUser("text/*; charset=UTF-8"), postUser("application/json\u00e9"),
				new HostileRequest("wildcard on a form post", 415,
						(http) -> http.request("/users").header("Content-Type", "*/*; charset=UTF-8")
							.POST(BodyPublishers.ofString("name=Ada"))),
				// Usable, if long: the body is read, and invalid.
				new HostileRequest("Content-Type with 1,000 parameters", 422, (http) -> http.request("/users")
					.header("Content-Type", "application/json; " + "p=v; ".repeat(1000))
					.POST(BodyPublishers.ofString(USER))));
	}

	private static Stream<HostileRequest> accepts() {
		return Stream.of(accept("/users/987654", ";;;", 404),
				accept("/users/987654", "application/problem+json;q=abc", 404),
				accept("/users/987654", "*/*;q=0", 404), accept("/users/987654", "text/html;q=2, */*;q=-1", 404),
				accept("/users/987654", "a/b, ".repeat(1000) + "*/*", 404), accept("/ok", "image/png;;", 406),
				accept("/users/987654", "*/json", 404), accept("/no/such/path", "\u00e9/\u00e9", 404));
	}

	private static HostileRequest postUser(String contentType) {
		return new HostileRequest("Content-Type " + abbreviated(contentType), 415, (http) -> http.request("/users")
			.header("Content-Type", contentType)
			.POST(BodyPublishers.ofString(USER)));
	}

	private static HostileRequest accept(String path, String accept, int status) {
		return new HostileRequest("Accept " + abbreviated(accept) + " on " + path, status,
				(http) -> http.request(path).setHeader("Accept", accept).GET());
	}

	private static String abbreviated(String value) {
		return (value.length() <= 40) ? value : value.substring(0, 40) + "… (" + value.length() + " characters)";
	}

}

package io.github.problemdetails.sample;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import io.github.problemdetails.test.ProblemResponseAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static io.github.problemdetails.sample.SampleHttp.ADMIN;
import static io.github.problemdetails.sample.SampleHttp.ALICE;
import static io.github.problemdetails.sample.SampleHttp.ALICE_PASSWORD;
import static io.github.problemdetails.sample.SampleHttp.basic;
import static io.github.problemdetails.test.ProblemAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "done means" of the starter, on the sample service: a battery of bad requests of every kind, each
 * answered with {@code application/problem+json}, a {@code status} member equal to the HTTP status, the trace ID
 * in body and {@code X-Trace-Id}, and no internals.
 * <p>
 * Size limits that apply (see {@code application.yml}): Tomcat refuses request headers over
 * {@code server.max-http-request-header-size} (8KB by default) and form bodies over
 * {@code server.tomcat.max-http-form-post-size} (64KB here); Spring refuses multipart requests over
 * {@code spring.servlet.multipart.max-request-size} (128KB here). Neither limits a JSON body: a large JSON
 * document must be sent as an upload to be refused.
 */
class SampleApplicationBadRequestBatteryIntegrationTests extends AbstractSampleIntegrationTests {

	private static final String JSON = "application/json";

	private static final String MULTIPART_BOUNDARY = "sample-battery-boundary";

	static Stream<BadRequest> badRequests() {
		return Stream.of(
				// Wrong methods
				new BadRequest("DELETE on a read-only order", "DELETE", "/orders/1", 405),
				new BadRequest("PUT on quotes", "PUT", "/quotes", 405).body(JSON, "{}"),
				new BadRequest("PATCH on ok", "PATCH", "/ok", 405).body(JSON, "{}"),
				new BadRequest("TRACE", "TRACE", "/users", 405),
				// Wrong media types
				new BadRequest("text/plain body", "POST", "/users", 415).body("text/plain", "Ada"),
				new BadRequest("XML body", "POST", "/users", 415).body("application/xml", "<user/>"),
				new BadRequest("small form body", "POST", "/orders", 415)
					.body("application/x-www-form-urlencoded", "customerId=1"),
				new BadRequest("Accept image/png on a success", "GET", "/ok", 406).header("Accept", "image/png"),
				new BadRequest("Accept image/png on a 404", "GET", "/users/987654", 404).header("Accept", "image/png"),
				new BadRequest("Accept image/png on an unknown path", "GET", "/no/such/path", 404)
					.header("Accept", "image/png"),
				// Unknown and odd paths
				new BadRequest("unknown path", "GET", "/no/such/path", 404),
				new BadRequest("unknown sub-resource", "GET", "/users/1/friends", 404),
				new BadRequest("double slash", "GET", "/users//1", 400),
				new BadRequest("path parameter", "GET", "/ok;jsessionid=1", 400),
				new BadRequest("encoded dot segment", "GET", "/users/%2e%2e/ok", 400),
				// Parameters
				new BadRequest("non-numeric ID", "GET", "/users/abc", 400),
				new BadRequest("ID past long", "GET", "/users/99999999999999999999", 400),
				new BadRequest("non-numeric limit", "GET", "/users?limit=many", 400),
				new BadRequest("limit out of range", "GET", "/users?limit=0", 422),
				// Bodies
				new BadRequest("malformed JSON", "POST", "/users", 400).body(JSON, "{ \"name\": \"Ada\", \"email\": "),
				new BadRequest("wrong JSON type", "POST", "/users", 400).body(JSON, "{ \"name\": [1], \"email\": 2 }"),
				new BadRequest("JSON array for an object", "POST", "/users", 400).body(JSON, "[]"),
				new BadRequest("empty body", "POST", "/users", 400).body(JSON, ""),
				new BadRequest("invalid user", "POST", "/users", 422).body(JSON, "{ \"name\": \"\", \"email\": \"no\" }"),
				new BadRequest("invalid order line", "POST", "/orders", 422)
					.body(JSON, "{ \"customerId\": 1, \"items\": [ { \"sku\": \"A\", \"quantity\": 0 } ] }"),
				new BadRequest("multipart over the upload limit", "POST", "/users", 413)
					.body("multipart/form-data; boundary=" + MULTIPART_BOUNDARY, oversizedJsonUpload()),
				// Headers
				new BadRequest("20 KB header", "GET", "/ok", 400).header("X-Padding", "x".repeat(20 * 1024)),
				// Credentials
				new BadRequest("no credentials", "GET", "/account", 401),
				new BadRequest("wrong password", "GET", "/account", 401).header("Authorization", basic(ALICE, "guess")),
				new BadRequest("unknown user", "GET", "/account", 401).header("Authorization", basic("mallory", "x")),
				new BadRequest("Basic not Base64", "GET", "/account", 401).header("Authorization", "Basic !!!"),
				new BadRequest("wrong password on a public route", "GET", "/ok", 401)
					.header("Authorization", basic(ADMIN, "guess")),
				new BadRequest("USER on an admin route", "GET", "/admin/users", 403)
					.header("Authorization", basic(ALICE, ALICE_PASSWORD)),
				new BadRequest("USER deleting a user", "DELETE", "/users/1", 403)
					.header("Authorization", basic(ALICE, ALICE_PASSWORD)),
				new BadRequest("anonymous deleting a user", "DELETE", "/users/1", 401),
				// Conditional requests
				new BadRequest("PUT without If-Match", "PUT", "/users/987654", 428)
					.header("Authorization", basic(ALICE, ALICE_PASSWORD))
					.body(JSON, "{ \"name\": \"Ada\", \"email\": \"ada@example.com\" }"),
				new BadRequest("PUT If-Match on an unknown user", "PUT", "/users/987654", 404)
					.header("Authorization", basic(ALICE, ALICE_PASSWORD))
					.header("If-Match", "\"0\"")
					.body(JSON, "{ \"name\": \"Ada\", \"email\": \"ada@example.com\" }"),
				// Broken filter, broken code, broken upstream
				new BadRequest("malformed tenant", "GET", "/reports/summary", 400).header("X-Tenant", "NOT OK"),
				new BadRequest("tenant filter bug", "GET", "/reports/summary", 500).header("X-Tenant", "crash"),
				new BadRequest("controller bug", "GET", "/reports/daily", 500),
				new BadRequest("upstream error", "GET", "/orders/availability/BROKEN-1", 502),
				new BadRequest("upstream timeout", "GET", "/orders/availability/SLOW-1", 504));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badRequests")
	void everyBadRequestAnswersAProblem(BadRequest bad) throws Exception {
		assertSampleProblem(assertThat(this.http.send(bad.toRequest(this.http))), bad.status());
	}

	// Tomcat throws InvalidParameterException (its error code 413) when a form body is over
	// server.tomcat.max-http-form-post-size; the starter keeps Tomcat's status.
	@Test
	void formBodyOverTheLimitAnswers413() throws Exception {
		HttpResponse<String> response = this.http.send(this.http.request("/users")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString("name=" + "a".repeat(70 * 1024))));

		assertSampleProblem(assertThat(response), 413);
	}

	static Stream<RawRequest> rawRequests() {
		return Stream.of(new RawRequest("malformed request line", "G@T /ok HTTP/1.1\r\nHost: sample\r\n\r\n", 400),
				new RawRequest("control character in the target", "GET /o\u0001k HTTP/1.1\r\nHost: sample\r\n\r\n", 400),
				new RawRequest("HTTP/1.1 without Host", "GET /ok HTTP/1.1\r\n\r\n", 400),
				new RawRequest("space in a header name", "GET /ok HTTP/1.1\r\nHost: sample\r\nBad Header: x\r\n\r\n", 400),
				new RawRequest("unknown HTTP version", "GET /ok HTTP/9.9\r\nHost: sample\r\nConnection: close\r\n\r\n",
						505),
				new RawRequest("malformed chunk",
						"POST /users HTTP/1.1\r\nHost: sample\r\nContent-Type: application/json\r\n"
								+ "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
						400));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rawRequests")
	void requestsOnlyASocketCanSendAnswerAProblem(RawRequest raw) throws Exception {
		RawHttp.Answer answer = new RawHttp(this.http.port()).exchange(raw.text());

		assertThat(answer.status()).as(answer.body()).isEqualTo(raw.status());
		assertThat(answer.headers().get("content-length"))
			.isEqualTo(String.valueOf(answer.body().getBytes(StandardCharsets.UTF_8).length));
		assertSampleProblem(new ProblemResponseAssert(answer.recorded()), raw.status());
	}

	// About 200 KB of JSON in one part: over max-file-size and max-request-size.
	private static String oversizedJsonUpload() {
		StringBuilder users = new StringBuilder("[");
		for (int i = 0; i < 4000; i++) {
			users.append((i > 0) ? "," : "")
				.append("{\"name\":\"User ").append(i).append("\",\"email\":\"user").append(i).append("@example.com\"}");
		}
		users.append(']');
		return "--" + MULTIPART_BOUNDARY + "\r\nContent-Disposition: form-data; name=\"users\"; filename=\"users.json\"\r\n"
				+ "Content-Type: application/json\r\n\r\n" + users + "\r\n--" + MULTIPART_BOUNDARY + "--\r\n";
	}

	/**
	 * One bad request of the battery.
	 */
	record BadRequest(String name, String method, String path, Map<String, String> headers, String body, int status) {

		BadRequest(String name, String method, String path, int status) {
			this(name, method, path, Map.of(), null, status);
		}

		BadRequest header(String header, String value) {
			Map<String, String> all = new LinkedHashMap<>(this.headers);
			all.put(header, value);
			return new BadRequest(this.name, this.method, this.path, all, this.body, this.status);
		}

		BadRequest body(String contentType, String content) {
			return header("Content-Type", contentType).withBody(content);
		}

		private BadRequest withBody(String content) {
			return new BadRequest(this.name, this.method, this.path, this.headers, content, this.status);
		}

		HttpRequest.Builder toRequest(SampleHttp http) {
			BodyPublisher publisher = (this.body != null) ? BodyPublishers.ofString(this.body) : BodyPublishers.noBody();
			HttpRequest.Builder request = http.request(this.path).method(this.method, publisher);
			// Set, not added: a case may replace the default Accept.
			this.headers.forEach(request::setHeader);
			return request;
		}

		@Override
		public String toString() {
			return this.name + ": " + this.method + " " + this.path + " -> " + this.status;
		}

	}

	/**
	 * One request written byte for byte on a socket, since no HTTP client sends it.
	 */
	record RawRequest(String name, String text, int status) {

		@Override
		public String toString() {
			return this.name + " -> " + this.status;
		}

	}

}

package io.github.problemdetails.sample;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real HTTP calls to the sample service on 127.0.0.1, and the checks that every problem answer shares.
 */
final class SampleHttp {

	static final String TYPE_BASE = "https://problems.example.com/";

	static final String PROBLEM_JSON = "application/problem+json";

	static final String TRACE_ID_HEADER = "X-Trace-Id";

	// HTTP Basic's own challenge, with the realm the sample names.
	static final String CHALLENGE = "Basic realm=\"sample\", charset=\"UTF-8\"";

	static final String ALICE = "alice";

	static final String ALICE_PASSWORD = "alice-secret";

	static final String ADMIN = "admin";

	static final String ADMIN_PASSWORD = "admin-secret";

	// Internals that must never reach a client: stack traces, class names, SQL and the database's words, the
	// secrets in the messages of the deliberate bugs, and what the upstream said.
	static final List<String> LEAKS = List.of("exception", "\tat ", "at io.github", "at org.", "java.", "tools.jackson",
			"jdbc", "sql", "insert into", "users_email", "23505", "org.h2", "public.users", "postgresql", "db.internal",
			"ldap", "tenants.internal", "svc-reports", "inv-db-7", "ledger", "127.0.0.1", "/inventory/items");

	// Bounded: a test never waits longer than this for an answer.
	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(TIMEOUT)
		.build();

	private final int port;

	SampleHttp(int port) {
		this.port = port;
	}

	HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(TIMEOUT)
			.header("Accept", "application/json");
	}

	HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.client.send(request.build(), BodyHandlers.ofString());
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(request(path).GET());
	}

	HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
		return send(request(path).header("Content-Type", "application/json").POST(BodyPublishers.ofString(json)));
	}

	static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	static JsonNode json(HttpResponse<String> response) {
		return JsonMapper.shared().readTree(response.body());
	}

	/**
	 * Return the body without its trace ID, which differs per request.
	 */
	static JsonNode withoutTraceId(HttpResponse<String> response) {
		ObjectNode problem = (ObjectNode) json(response);
		problem.remove("traceId");
		return problem;
	}

	/**
	 * Assert what every problem answer shares: the content type, a {@code status} member equal to the status,
	 * title, type, the trace ID in body and header, and that no internals leak.
	 * @return the problem body
	 */
	static JsonNode assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as("status of %s", response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(contentType) -> assertThat(contentType).startsWith(PROBLEM_JSON));
		assertNoLeak(response.body());
		JsonNode problem = json(response);
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("type").asString()).startsWith(TYPE_BASE);
		assertThat(problem.get("title").asString()).isNotBlank();
		String traceId = problem.get("traceId").asString();
		assertThat(traceId).matches("[0-9a-f]{32}");
		assertThat(response.headers().firstValue(TRACE_ID_HEADER)).hasValue(traceId);
		return problem;
	}

	/**
	 * Assert {@link #assertProblem(HttpResponse, int)} and the type and instance of the problem.
	 * @return the problem body
	 */
	static JsonNode assertProblem(HttpResponse<String> response, int status, String typeSlug, String path) {
		JsonNode problem = assertProblem(response, status);
		assertThat(problem.get("type").asString()).isEqualTo(TYPE_BASE + typeSlug);
		assertThat(problem.get("instance").asString()).isEqualTo(path);
		return problem;
	}

	static void assertNoLeak(String body) {
		assertThat(body).doesNotContainIgnoringCase(LEAKS.toArray(String[]::new));
	}

}

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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Real HTTP calls to the sample service on 127.0.0.1, and what its answers must never give away.
 */
final class SampleHttp {

	static final String TYPE_BASE = "https://problems.example.com/";

	static final String TRACE_ID_HEADER = "X-Trace-Id";

	// HTTP Basic's own challenge, with the realm the sample names.
	static final String CHALLENGE = "Basic realm=\"sample\", charset=\"UTF-8\"";

	static final String ALICE = "alice";

	static final String ALICE_PASSWORD = "alice-secret";

	static final String ADMIN = "admin";

	static final String ADMIN_PASSWORD = "admin-secret";

	// What the deliberate failures of the sample carry and a client must never see: the database's words for a
	// duplicate, the secrets in the messages of the buggy report and tenant lookup, and what the upstream said
	// and where it lives. The internals every service hides are doesNotLeak's own list.
	static final String[] SECRETS = { "users_email", "23505", "public.users", "db.internal", "user admin", "ldap",
			"tenants.internal", "svc-reports", "inv-db-7", "ledger", "127.0.0.1", "/inventory/items" };

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

	// For the requests that only a socket can send.
	int port() {
		return this.port;
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

}

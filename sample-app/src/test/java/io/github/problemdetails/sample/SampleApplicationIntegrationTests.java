package io.github.problemdetails.sample;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every failure of the sample service, reached over real HTTP through the service's own code paths.
 */
// A low limit and a long window: the 429 comes on the third request, and the window never ends mid-test.
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "sample.rate-limit.requests-per-window=2", "sample.rate-limit.window=1h" })
class SampleApplicationIntegrationTests {

	private static final String TYPE_BASE = "https://problems.example.com/";

	private static final String PROBLEM_JSON = "application/problem+json";

	private static final String TRACE_ID_HEADER = "X-Trace-Id";

	// Internals that must never reach a client, the secret in the buggy report's message included.
	private static final List<String> LEAKS = List.of("Exception", "\tat ", "at io.github", "at org.springframework",
			"jdbc", "postgresql", "db.internal", "admin", "tools.jackson", "java.lang");

	private static final AtomicInteger emailCounter = new AtomicInteger();

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@LocalServerPort
	private int port;

	@Test
	void createUserAnswers201WithLocation() throws Exception {
		String email = uniqueEmail();
		HttpResponse<String> created = post("/users", userJson("Ada Lovelace", email));
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.headers().firstValue("Content-Type")).hasValueSatisfying(
				(contentType) -> assertThat(contentType).startsWith("application/json"));
		JsonNode user = json(created);
		long id = user.get("id").asLong();
		assertThat(user.get("name").asString()).isEqualTo("Ada Lovelace");
		assertThat(user.get("email").asString()).isEqualTo(email);
		assertThat(created.headers().firstValue("Location")).hasValue("/users/" + id);

		HttpResponse<String> fetched = get("/users/" + id);
		assertThat(fetched.statusCode()).isEqualTo(200);
		assertThat(json(fetched).get("email").asString()).isEqualTo(email);
	}

	// The database decides: the UNIQUE constraint refuses the insert, and the starter maps Spring's
	// DuplicateKeyException. No application code knows about duplicates, so there is no USER_EMAIL_TAKEN code.
	@Test
	void duplicateEmailAnswers409FromTheDatabase() throws Exception {
		String email = uniqueEmail();
		assertThat(post("/users", userJson("Grace Hopper", email)).statusCode()).isEqualTo(201);

		HttpResponse<String> response = post("/users", userJson("Grace B. Hopper", email.toUpperCase()));

		JsonNode problem = assertProblem(response, 409, "duplicate", "/users");
		assertThat(problem.get("detail").asString()).isNotBlank();
		assertThat(response.body()).doesNotContainIgnoringCase("sql", "insert", "users_email", "23505", "h2");
		assertThat(json(get("/users?limit=100")).valueStream().map((user) -> user.get("email").asString()))
			.containsOnlyOnce(email);
	}

	@Test
	void unknownUserAnswers404NamingTheId() throws Exception {
		HttpResponse<String> response = get("/users/987654");

		JsonNode problem = assertProblem(response, 404, "not-found", "/users/987654");
		assertThat(problem.get("detail").asString()).contains("987654");
	}

	@Test
	void nonNumericUserIdAnswers400InvalidParameter() throws Exception {
		HttpResponse<String> response = get("/users/abc");

		JsonNode problem = assertProblem(response, 400, "invalid-parameter", "/users/abc");
		assertThat(problem.get("detail").asString()).contains("id");
	}

	@Test
	void invalidOrderItemAnswers422WithPointer() throws Exception {
		long customerId = createUser();

		HttpResponse<String> response = post("/orders", """
				{ "customerId": %d, "items": [ { "sku": "ABC-1", "quantity": 0 } ] }""".formatted(customerId));

		JsonNode problem = assertProblem(response, 422, "validation-failed", "/orders");
		JsonNode errors = problem.get("errors");
		assertThat(errors.isArray()).isTrue();
		assertThat(errors.size()).isEqualTo(1);
		JsonNode error = errors.get(0);
		assertThat(error.get("pointer").asString()).isEqualTo("/items/0/quantity");
		assertThat(error.get("field").asString()).isEqualTo("items[0].quantity");
		assertThat(error.get("message").asString()).isNotBlank();
		assertThat(error.get("code").asString()).isEqualTo("Positive");
		assertThat(error.has("parameter")).isFalse();
	}

	@Test
	void limitOutOfRangeAnswers422WithParameter() throws Exception {
		HttpResponse<String> response = get("/users?limit=500");

		// The instance is the path alone: a query string may carry tokens.
		JsonNode problem = assertProblem(response, 422, "validation-failed", "/users");
		JsonNode errors = problem.get("errors");
		assertThat(errors.size()).isEqualTo(1);
		assertThat(errors.get(0).get("parameter").asString()).isEqualTo("limit");
		assertThat(errors.get(0).get("code").asString()).isEqualTo("Max");
		assertThat(errors.get(0).get("message").asString()).isNotBlank();
		assertThat(errors.get(0).has("pointer")).isFalse();
	}

	@Test
	void unknownCustomerAnswers422WithCode() throws Exception {
		HttpResponse<String> response = post("/orders", """
				{ "customerId": 999999, "items": [ { "sku": "ABC-1", "quantity": 2 } ] }""");

		JsonNode problem = assertProblem(response, 422, "validation-failed", "/orders");
		JsonNode error = problem.get("errors").get(0);
		assertThat(error.get("pointer").asString()).isEqualTo("/customerId");
		assertThat(error.get("field").asString()).isEqualTo("customerId");
		assertThat(error.get("message").asString()).isEqualTo("no such customer");
		assertThat(error.get("code").asString()).isEqualTo("UNKNOWN_CUSTOMER");
	}

	@Test
	void cancellingTwiceAnswers409WithCode() throws Exception {
		long customerId = createUser();
		HttpResponse<String> placed = post("/orders", """
				{ "customerId": %d, "items": [ { "sku": "ABC-1", "quantity": 2 } ] }""".formatted(customerId));
		assertThat(placed.statusCode()).isEqualTo(201);
		long orderId = json(placed).get("id").asLong();
		assertThat(get("/orders/" + orderId).statusCode()).isEqualTo(200);
		String cancelPath = "/orders/" + orderId + "/cancel";
		HttpResponse<String> cancelled = post(cancelPath, "");
		assertThat(cancelled.statusCode()).isEqualTo(200);
		assertThat(json(cancelled).get("status").asString()).isEqualTo("CANCELLED");

		HttpResponse<String> response = post(cancelPath, "");

		JsonNode problem = assertProblem(response, 409, "conflict", cancelPath);
		assertThat(problem.get("code").asString()).isEqualTo("ORDER_ALREADY_CANCELLED");
		assertThat(problem.get("detail").asString()).isEqualTo("The order is already cancelled.");
	}

	@Test
	void unknownOrderAnswers404() throws Exception {
		assertProblem(get("/orders/987654"), 404, "not-found", "/orders/987654");
	}

	@Test
	void quotesOverTheLimitAnswer429WithRetryAfter() throws Exception {
		assertThat(get("/quotes").statusCode()).isEqualTo(200);
		assertThat(get("/quotes").statusCode()).isEqualTo(200);

		HttpResponse<String> response = get("/quotes");

		assertProblem(response, 429, "rate-limited", "/quotes");
		assertThat(response.headers().firstValue("Retry-After")).hasValueSatisfying(
				(retryAfter) -> assertThat(Long.parseLong(retryAfter)).isBetween(1L, 3600L));
	}

	@Test
	void buggyReportAnswers500WithoutInternals() throws Exception {
		HttpResponse<String> response = get("/reports/daily");

		JsonNode problem = assertProblem(response, 500, "internal-error", "/reports/daily");
		assertThat(problem.get("detail").asString()).isNotBlank();
		assertThat(problem.has("code")).isFalse();
	}

	@Test
	void malformedJsonAnswers400WithoutParserDetails() throws Exception {
		HttpResponse<String> response = post("/users", "{ \"name\": \"Ada\", \"email\": ");

		JsonNode problem = assertProblem(response, 400, "malformed-body", "/users");
		assertThat(problem.get("detail").asString()).isNotBlank();
	}

	@Test
	void unknownPathAnswers404() throws Exception {
		assertProblem(get("/no/such/path"), 404, "not-found", "/no/such/path");
	}

	@Test
	void traceparentGivesTheTraceId() throws Exception {
		HttpRequest request = request("/users/987654")
			.header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
			.GET()
			.build();

		HttpResponse<String> response = this.client.send(request, BodyHandlers.ofString());

		JsonNode problem = assertProblem(response, 404, "not-found", "/users/987654");
		assertThat(problem.get("traceId").asString()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
		assertThat(response.headers().firstValue(TRACE_ID_HEADER)).hasValue("4bf92f3577b34da6a3ce929d0e0e4736");
	}

	@Test
	void okAnswers200WithTheTraceId() throws Exception {
		HttpResponse<String> response = get("/ok");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode status = json(response);
		assertThat(status.get("status").asInt()).isEqualTo(200);
		assertThat(status.get("traceId").asString()).isEqualTo(response.headers().firstValue(TRACE_ID_HEADER).get());
	}

	@Test
	void okWithAValidOrderBodyAnswers200AndWithAnInvalidOne422() throws Exception {
		HttpResponse<String> valid = post("/ok", """
				{ "customerId": 1, "items": [ { "sku": "ABC-1", "quantity": 1 } ] }""");
		assertThat(valid.statusCode()).isEqualTo(200);
		assertThat(json(valid).get("status").asInt()).isEqualTo(200);

		HttpResponse<String> invalid = post("/ok", """
				{ "customerId": 1, "items": [ { "sku": "ABC-1", "quantity": 0 } ] }""");
		JsonNode problem = assertProblem(invalid, 422, "validation-failed", "/ok");
		assertThat(problem.get("errors").get(0).get("pointer").asString()).isEqualTo("/items/0/quantity");
	}

	/**
	 * Assert what every problem response shares: status, content type, the standard members, the trace ID in
	 * body and header, and that no internals leak.
	 */
	private static JsonNode assertProblem(HttpResponse<String> response, int status, String typeSlug, String path) {
		assertThat(response.statusCode()).as("status of %s", response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(contentType) -> assertThat(contentType).startsWith(PROBLEM_JSON));
		assertThat(response.body()).doesNotContain(LEAKS);
		JsonNode problem = json(response);
		assertThat(problem.get("type").asString()).isEqualTo(TYPE_BASE + typeSlug);
		assertThat(problem.get("title").asString()).isNotBlank();
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("instance").asString()).isEqualTo(path);
		String traceId = problem.get("traceId").asString();
		assertThat(traceId).matches("[0-9a-f]{32}");
		assertThat(response.headers().firstValue(TRACE_ID_HEADER)).hasValue(traceId);
		return problem;
	}

	private long createUser() throws IOException, InterruptedException {
		HttpResponse<String> created = post("/users", userJson("Customer", uniqueEmail()));
		assertThat(created.statusCode()).isEqualTo(201);
		return json(created).get("id").asLong();
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.client.send(request(path).GET().build(), BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
		HttpRequest request = request(path).header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString(json))
			.build();
		return this.client.send(request, BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Accept", "application/json");
	}

	private static JsonNode json(HttpResponse<String> response) {
		return JsonMapper.shared().readTree(response.body());
	}

	private static String userJson(String name, String email) {
		return """
				{ "name": "%s", "email": "%s" }""".formatted(name, email);
	}

	private static String uniqueEmail() {
		return "user" + emailCounter.incrementAndGet() + "@example.com";
	}

}

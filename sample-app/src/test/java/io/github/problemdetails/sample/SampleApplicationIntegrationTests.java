package io.github.problemdetails.sample;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.problemdetails.core.FieldViolation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.test.context.TestPropertySource;

import static io.github.problemdetails.sample.SampleHttp.TRACE_ID_HEADER;
import static io.github.problemdetails.sample.SampleHttp.json;
import static io.github.problemdetails.test.ProblemAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every failure of the sample service, reached over real HTTP through the service's own code paths.
 */
// A low limit and a long window: the 429 comes on the third request, and the window never ends mid-test.
@TestPropertySource(properties = { "sample.rate-limit.requests-per-window=2", "sample.rate-limit.window=1h" })
class SampleApplicationIntegrationTests extends AbstractSampleIntegrationTests {

	private static final AtomicInteger emailCounter = new AtomicInteger();

	@Test
	void createUserAnswers201WithLocation() throws Exception {
		String email = uniqueEmail();
		HttpResponse<String> created = this.http.post("/users", userJson("Ada Lovelace", email));
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.headers().firstValue("Content-Type")).hasValueSatisfying(
				(contentType) -> assertThat(contentType).startsWith("application/json"));
		JsonNode user = json(created);
		long id = user.get("id").asLong();
		assertThat(user.get("name").asString()).isEqualTo("Ada Lovelace");
		assertThat(user.get("email").asString()).isEqualTo(email);
		assertThat(created.headers().firstValue("Location")).hasValue("/users/" + id);

		HttpResponse<String> fetched = this.http.get("/users/" + id);
		assertThat(fetched.statusCode()).isEqualTo(200);
		assertThat(json(fetched).get("email").asString()).isEqualTo(email);
	}

	// The database decides: the UNIQUE constraint refuses the insert, and the starter maps Spring's
	// DuplicateKeyException. No application code knows about duplicates, so there is no USER_EMAIL_TAKEN code.
	@Test
	void duplicateEmailAnswers409FromTheDatabase() throws Exception {
		String email = uniqueEmail();
		assertThat(this.http.post("/users", userJson("Grace Hopper", email)).statusCode()).isEqualTo(201);

		HttpResponse<String> response = this.http.post("/users", userJson("Grace B. Hopper", email.toUpperCase()));

		assertThat(response).doesNotLeak("insert", "h2");
		assertSampleProblem(response, 409, "duplicate", "/users");
		assertThat(json(this.http.get("/users?limit=100")).valueStream().map((user) -> user.get("email").asString()))
			.containsOnlyOnce(email);
	}

	@Test
	void unknownUserAnswers404NamingTheId() throws Exception {
		assertSampleProblem(this.http.get("/users/987654"), 404, "not-found", "/users/987654")
			.hasDetailContaining("987654");
	}

	@Test
	void nonNumericUserIdAnswers400InvalidParameter() throws Exception {
		assertSampleProblem(this.http.get("/users/abc"), 400, "invalid-parameter", "/users/abc")
			.hasDetailContaining("id");
	}

	@Test
	void invalidOrderItemAnswers422WithPointer() throws Exception {
		long customerId = createUser();

		HttpResponse<String> response = this.http.post("/orders", """
				{ "customerId": %d, "items": [ { "sku": "ABC-1", "quantity": 0 } ] }""".formatted(customerId));

		assertSampleProblem(response, 422, "validation-failed", "/orders")
			.hasFieldErrors(FieldViolation.ofField("items[0].quantity", "must be greater than 0", "Positive"));
	}

	@Test
	void limitOutOfRangeAnswers422WithParameter() throws Exception {
		// The instance is the path alone: a query string may carry tokens.
		assertSampleProblem(this.http.get("/users?limit=500"), 422, "validation-failed", "/users")
			.hasFieldErrors(FieldViolation.ofParameter("limit", "must be less than or equal to 100", "Max"));
	}

	@Test
	void unknownCustomerAnswers422WithCode() throws Exception {
		HttpResponse<String> response = this.http.post("/orders", """
				{ "customerId": 999999, "items": [ { "sku": "ABC-1", "quantity": 2 } ] }""");

		assertSampleProblem(response, 422, "validation-failed", "/orders")
			.hasFieldErrors(FieldViolation.ofField("customerId", "no such customer", "UNKNOWN_CUSTOMER"));
	}

	@Test
	void cancellingTwiceAnswers409WithCode() throws Exception {
		long customerId = createUser();
		HttpResponse<String> placed = this.http.post("/orders", """
				{ "customerId": %d, "items": [ { "sku": "ABC-1", "quantity": 2 } ] }""".formatted(customerId));
		assertThat(placed.statusCode()).isEqualTo(201);
		long orderId = json(placed).get("id").asLong();
		assertThat(this.http.get("/orders/" + orderId).statusCode()).isEqualTo(200);
		String cancelPath = "/orders/" + orderId + "/cancel";
		HttpResponse<String> cancelled = this.http.post(cancelPath, "");
		assertThat(cancelled.statusCode()).isEqualTo(200);
		assertThat(json(cancelled).get("status").asString()).isEqualTo("CANCELLED");

		assertSampleProblem(this.http.post(cancelPath, ""), 409, "conflict", cancelPath)
			.hasCode("ORDER_ALREADY_CANCELLED")
			.hasDetail("The order is already cancelled.");
	}

	@Test
	void unknownOrderAnswers404() throws Exception {
		assertSampleProblem(this.http.get("/orders/987654"), 404, "not-found", "/orders/987654");
	}

	@Test
	void quotesOverTheLimitAnswer429WithRetryAfter() throws Exception {
		assertThat(this.http.get("/quotes").statusCode()).isEqualTo(200);
		assertThat(this.http.get("/quotes").statusCode()).isEqualTo(200);

		HttpResponse<String> response = this.http.get("/quotes");

		assertThat(response).hasRetryAfterBetween(1, 3600);
		assertSampleProblem(response, 429, "rate-limited", "/quotes");
	}

	@Test
	void buggyReportAnswers500WithoutInternals() throws Exception {
		assertSampleProblem(this.http.get("/reports/daily"), 500, "internal-error", "/reports/daily")
			.doesNotHaveMember("code");
	}

	@Test
	void malformedJsonAnswers400WithoutParserDetails() throws Exception {
		HttpResponse<String> response = this.http.post("/users", "{ \"name\": \"Ada\", \"email\": ");

		assertSampleProblem(response, 400, "malformed-body", "/users");
	}

	@Test
	void unknownPathAnswers404() throws Exception {
		assertSampleProblem(this.http.get("/no/such/path"), 404, "not-found", "/no/such/path");
	}

	@Test
	void traceparentGivesTheTraceId() throws Exception {
		HttpRequest.Builder request = this.http.request("/users/987654")
			.header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
			.GET();

		assertSampleProblem(this.http.send(request), 404, "not-found", "/users/987654")
			.hasTraceId("4bf92f3577b34da6a3ce929d0e0e4736");
	}

	@Test
	void okAnswers200WithTheTraceId() throws Exception {
		HttpResponse<String> response = this.http.get("/ok");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode status = json(response);
		assertThat(status.get("status").asInt()).isEqualTo(200);
		assertThat(status.get("traceId").asString()).isEqualTo(response.headers().firstValue(TRACE_ID_HEADER).get());
	}

	@Test
	void okWithAValidOrderBodyAnswers200AndWithAnInvalidOne422() throws Exception {
		HttpResponse<String> valid = this.http.post("/ok", """
				{ "customerId": 1, "items": [ { "sku": "ABC-1", "quantity": 1 } ] }""");
		assertThat(valid.statusCode()).isEqualTo(200);
		assertThat(json(valid).get("status").asInt()).isEqualTo(200);

		HttpResponse<String> invalid = this.http.post("/ok", """
				{ "customerId": 1, "items": [ { "sku": "ABC-1", "quantity": 0 } ] }""");
		assertSampleProblem(invalid, 422, "validation-failed", "/ok")
			.hasFieldErrors(FieldViolation.ofField("items[0].quantity", "must be greater than 0", "Positive"));
	}

	private long createUser() throws IOException, InterruptedException {
		HttpResponse<String> created = this.http.post("/users", userJson("Customer", uniqueEmail()));
		assertThat(created.statusCode()).isEqualTo(201);
		return json(created).get("id").asLong();
	}

	private static String userJson(String name, String email) {
		return """
				{ "name": "%s", "email": "%s" }""".formatted(name, email);
	}

	private static String uniqueEmail() {
		return "user" + emailCounter.incrementAndGet() + "@example.com";
	}

}

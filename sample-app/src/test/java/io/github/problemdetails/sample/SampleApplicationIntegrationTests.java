package io.github.problemdetails.sample;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.problemdetails.core.FieldViolation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.test.context.TestPropertySource;

import static io.github.problemdetails.sample.SampleHttp.SECRETS;
import static io.github.problemdetails.sample.SampleHttp.TRACE_ID_HEADER;
import static io.github.problemdetails.sample.SampleHttp.TYPE_BASE;
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

		assertThat(this.http.post("/users", userJson("Grace B. Hopper", email.toUpperCase()))).doesNotLeak(SECRETS)
			.doesNotLeak("insert", "h2")
			.isProblem()
			.hasStatus(409)
			.hasType(TYPE_BASE + "duplicate")
			.hasDetail()
			.hasInstance("/users")
			.hasW3cTraceId();
		assertThat(json(this.http.get("/users?limit=100")).valueStream().map((user) -> user.get("email").asString()))
			.containsOnlyOnce(email);
	}

	@Test
	void unknownUserAnswers404NamingTheId() throws Exception {
		assertThat(this.http.get("/users/987654")).doesNotLeak(SECRETS)
			.isProblem()
			.hasStatus(404)
			.hasType(TYPE_BASE + "not-found")
			.hasDetailContaining("987654")
			.hasInstance("/users/987654")
			.hasW3cTraceId();
	}

	@Test
	void nonNumericUserIdAnswers400InvalidParameter() throws Exception {
		assertThat(this.http.get("/users/abc")).doesNotLeak(SECRETS)
			.isProblem()
			.hasStatus(400)
			.hasType(TYPE_BASE + "invalid-parameter")
			.hasDetailContaining("id")
			.hasInstance("/users/abc")
			.hasW3cTraceId();
	}

	@Test
	void invalidOrderItemAnswers422WithPointer() throws Exception {
		long customerId = createUser();

		assertThat(this.http.post("/orders", """
				{ "customerId": %d, "items": [ { "sku": "ABC-1", "quantity": 0 } ] }""".formatted(customerId)))
			.doesNotLeak(SECRETS)
			.isProblem()
			.hasStatus(422)
			.hasType(TYPE_BASE + "validation-failed")
			.hasInstance("/orders")
			.hasW3cTraceId()
			.hasFieldErrors(FieldViolation.ofField("items[0].quantity", "must be greater than 0", "Positive"));
	}

	@Test
	void limitOutOfRangeAnswers422WithParameter() throws Exception {
		// The instance is the path alone: a query string may carry tokens.
		assertThat(this.http.get("/users?limit=500")).doesNotLeak(SECRETS)
			.isProblem()
			.hasStatus(422)
			.hasType(TYPE_BASE + "validation-failed")
			.hasInstance("/users")
			.hasW3cTraceId()
			.hasFieldErrors(FieldViolation.ofParameter("limit", "must be less than or equal to 100", "Max"));
	}

	@Test
	void unknownCustomerAnswers422WithCode() throws Exception {
		assertThat(this.http.post("/orders", """
				{ "customerId": 999999, "items": [ { "sku": "ABC-1", "quantity": 2 } ] }""")).doesNotLeak(SECRETS)
			.isProblem()
			.hasStatus(422)
			.hasType(TYPE_BASE + "validation-failed")
			.hasInstance("/orders")
			.hasW3cTraceId()
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

		assertThat(this.http.post(cancelPath, "")).doesNotLeak(SECRETS)
			.isProblem()
			.hasStatus(409)
			.hasType(TYPE_BASE + "conflict")
			.hasCode("ORDER_ALREADY_CANCELLED")
			.hasDetail("The order is already cancelled.")
			.hasInstance(cancelPath)
			.hasW3cTraceId();
	}

	@Test
	void unknownOrderAnswers404() throws Exception {
		assertThat(this.http.get("/orders/987654")).doesNotLeak(SECRETS)
			.isProblem()
			.hasStatus(404)
			.hasType(TYPE_BASE + "not-found")
			.hasInstance("/orders/987654")
			.hasW3cTraceId();
	}

	@Test
	void quotesOverTheLimitAnswer429WithRetryAfter() throws Exception {
		assertThat(this.http.get("/quotes").statusCode()).isEqualTo(200);
		assertThat(this.http.get("/quotes").statusCode()).isEqualTo(200);

		assertThat(this.http.get("/quotes")).hasRetryAfterBetween(1, 3600)
			.doesNotLeak(SECRETS)
			.isProblem()
			.hasStatus(429)
			.hasType(TYPE_BASE + "rate-limited")
			.hasInstance("/quotes")
			.hasW3cTraceId();
	}

	@Test
	void buggyReportAnswers500WithoutInternals() throws Exception {
		assertThat(this.http.get("/reports/daily")).doesNotLeak(SECRETS)
			.isProblem()
			.hasStatus(500)
			.hasType(TYPE_BASE + "internal-error")
			.hasDetail()
			.doesNotHaveMember("code")
			.hasInstance("/reports/daily")
			.hasW3cTraceId();
	}

	@Test
	void malformedJsonAnswers400WithoutParserDetails() throws Exception {
		assertThat(this.http.post("/users", "{ \"name\": \"Ada\", \"email\": ")).doesNotLeak(SECRETS)
			.isProblem()
			.hasStatus(400)
			.hasType(TYPE_BASE + "malformed-body")
			.hasDetail()
			.hasInstance("/users")
			.hasW3cTraceId();
	}

	@Test
	void unknownPathAnswers404() throws Exception {
		assertThat(this.http.get("/no/such/path")).doesNotLeak(SECRETS)
			.isProblem()
			.hasStatus(404)
			.hasType(TYPE_BASE + "not-found")
			.hasInstance("/no/such/path")
			.hasW3cTraceId();
	}

	@Test
	void traceparentGivesTheTraceId() throws Exception {
		HttpRequest.Builder request = this.http.request("/users/987654")
			.header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
			.GET();

		assertThat(this.http.send(request)).doesNotLeak(SECRETS)
			.isProblem()
			.hasStatus(404)
			.hasType(TYPE_BASE + "not-found")
			.hasInstance("/users/987654")
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

		assertThat(this.http.post("/ok", """
				{ "customerId": 1, "items": [ { "sku": "ABC-1", "quantity": 0 } ] }""")).doesNotLeak(SECRETS)
			.isProblem()
			.hasStatus(422)
			.hasType(TYPE_BASE + "validation-failed")
			.hasInstance("/ok")
			.hasW3cTraceId()
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

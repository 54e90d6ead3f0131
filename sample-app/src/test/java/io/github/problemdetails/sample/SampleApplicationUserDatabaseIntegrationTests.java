package io.github.problemdetails.sample;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.github.problemdetails.sample.SampleHttp.ALICE;
import static io.github.problemdetails.sample.SampleHttp.ALICE_PASSWORD;
import static io.github.problemdetails.sample.SampleHttp.basic;
import static io.github.problemdetails.sample.SampleHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Users in the H2 database: duplicates refused by the UNIQUE constraint, ETags and conditional PUT, and the
 * optimistic-locking version checked by Spring Data JDBC, every refusal answered by the starter.
 */
class SampleApplicationUserDatabaseIntegrationTests extends AbstractSampleIntegrationTests {

	private static final AtomicInteger emailCounter = new AtomicInteger();

	@Test
	void createdUserIsStoredWithLowerCaseEmailAndVersionZero() throws Exception {
		String email = uniqueEmail();

		HttpResponse<String> created = this.http.post("/users", userJson("Ada", email.toUpperCase()));

		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode user = json(created);
		assertThat(user.get("email").asString()).isEqualTo(email);
		assertThat(user.get("version").asLong()).isZero();
		HttpResponse<String> fetched = this.http.get("/users/" + user.get("id").asLong());
		assertThat(fetched.statusCode()).isEqualTo(200);
		assertThat(fetched.headers().firstValue("ETag")).hasValue("\"0\"");
	}

	@Test
	void duplicateEmailInAnyCaseAnswers409FromTheUniqueConstraint() throws Exception {
		String email = uniqueEmail();
		long id = createUser(email);

		HttpResponse<String> response = this.http.post("/users", userJson("Someone Else", email.toUpperCase()));

		assertSampleProblem(response, 409, "duplicate", "/users")
			.doesNotHaveMember("code");
		assertThat(json(this.http.get("/users/" + id)).get("name").asString()).isEqualTo("Member");
	}

	@Test
	void replaceWithoutIfMatchAnswers428() throws Exception {
		long id = createUser(uniqueEmail());

		HttpResponse<String> response = this.http.send(replace(id, null, userJson("New Name", uniqueEmail())));

		assertSampleProblem(response, 428, "precondition-required", "/users/" + id);
		assertThat(json(this.http.get("/users/" + id)).get("name").asString()).isEqualTo("Member");
	}

	@Test
	void replaceWithStaleETagAnswers412() throws Exception {
		long id = createUser(uniqueEmail());
		assertThat(this.http.send(replace(id, "\"0\"", userJson("First Change", uniqueEmail()))).statusCode())
			.isEqualTo(200);

		HttpResponse<String> response = this.http.send(replace(id, "\"0\"", userJson("Lost Update", uniqueEmail())));

		assertSampleProblem(response, 412, "precondition-failed", "/users/" + id);
		assertThat(json(this.http.get("/users/" + id)).get("name").asString()).isEqualTo("First Change");
	}

	@Test
	void replaceWithCurrentETagAnswers200AndANewETag() throws Exception {
		long id = createUser(uniqueEmail());
		String etag = this.http.get("/users/" + id).headers().firstValue("ETag").orElseThrow();
		String email = uniqueEmail();

		HttpResponse<String> response = this.http.send(replace(id, etag, userJson("Renamed", email.toUpperCase())));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.headers().firstValue("ETag")).hasValue("\"1\"");
		JsonNode user = json(response);
		assertThat(user.get("name").asString()).isEqualTo("Renamed");
		assertThat(user.get("email").asString()).isEqualTo(email);
		assertThat(this.http.get("/users/" + id).headers().firstValue("ETag")).hasValue("\"1\"");
	}

	@Test
	void replaceWithWeakETagAnswers412() throws Exception {
		long id = createUser(uniqueEmail());

		HttpResponse<String> response = this.http.send(replace(id, "W/\"0\"", userJson("Weak", uniqueEmail())));

		assertSampleProblem(response, 412, "precondition-failed", "/users/" + id);
	}

	@Test
	void replaceWithAnotherUsersEmailAnswers409() throws Exception {
		String taken = uniqueEmail();
		createUser(taken);
		long id = createUser(uniqueEmail());

		HttpResponse<String> response = this.http.send(replace(id, "\"0\"", userJson("Member", taken)));

		assertSampleProblem(response, 409, "duplicate", "/users/" + id);
	}

	@Test
	void patchWithStaleVersionAnswers409FromOptimisticLocking() throws Exception {
		long id = createUser(uniqueEmail());
		assertThat(this.http.send(patch(id, "{ \"version\": 0, \"name\": \"First\" }")).statusCode()).isEqualTo(200);

		HttpResponse<String> response = this.http.send(patch(id, "{ \"version\": 0, \"name\": \"Lost Update\" }"));

		assertSampleProblem(response, 409, "conflict", "/users/" + id);
		assertThat(json(this.http.get("/users/" + id)).get("name").asString()).isEqualTo("First");
	}

	@Test
	void patchWithCurrentVersionAnswers200() throws Exception {
		long id = createUser(uniqueEmail());

		HttpResponse<String> response = this.http.send(patch(id, "{ \"version\": 0, \"name\": \"Patched\" }"));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode user = json(response);
		assertThat(user.get("name").asString()).isEqualTo("Patched");
		assertThat(user.get("version").asLong()).isEqualTo(1);
		assertThat(response.headers().firstValue("ETag")).hasValue("\"1\"");
	}

	@Test
	void patchOfUnknownUserAnswers404() throws Exception {
		HttpResponse<String> response = this.http.send(patch(987654, "{ \"version\": 0, \"name\": \"Nobody\" }"));

		assertSampleProblem(response, 404, "not-found", "/users/987654");
	}

	private HttpRequest.Builder replace(long id, String ifMatch, String json) {
		HttpRequest.Builder request = this.http.request("/users/" + id)
			.header("Authorization", basic(ALICE, ALICE_PASSWORD))
			.header("Content-Type", "application/json")
			.PUT(BodyPublishers.ofString(json));
		return (ifMatch != null) ? request.header("If-Match", ifMatch) : request;
	}

	private HttpRequest.Builder patch(long id, String json) {
		return this.http.request("/users/" + id)
			.header("Authorization", basic(ALICE, ALICE_PASSWORD))
			.header("Content-Type", "application/json")
			.method("PATCH", BodyPublishers.ofString(json));
	}

	private long createUser(String email) throws Exception {
		HttpResponse<String> created = this.http.post("/users", userJson("Member", email));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return json(created).get("id").asLong();
	}

	private static String userJson(String name, String email) {
		return """
				{ "name": "%s", "email": "%s" }""".formatted(name, email);
	}

	private static String uniqueEmail() {
		return "stored" + emailCounter.incrementAndGet() + "@example.com";
	}

}

package io.github.problemdetails.sample;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.github.problemdetails.sample.SampleHttp.ADMIN;
import static io.github.problemdetails.sample.SampleHttp.ADMIN_PASSWORD;
import static io.github.problemdetails.sample.SampleHttp.ALICE;
import static io.github.problemdetails.sample.SampleHttp.ALICE_PASSWORD;
import static io.github.problemdetails.sample.SampleHttp.CHALLENGE;
import static io.github.problemdetails.sample.SampleHttp.basic;
import static io.github.problemdetails.sample.SampleHttp.json;
import static io.github.problemdetails.sample.SampleHttp.withoutTraceId;
import static io.github.problemdetails.test.ProblemAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP Basic, URL rules and method security of the sample service: the 401s are HTTP Basic's own, with its
 * realm, and the 403s Spring Security's, both answered with problems by the starter, which the sample never
 * configures.
 */
class SampleApplicationSecurityIntegrationTests extends AbstractSampleIntegrationTests {

	private static final AtomicInteger emailCounter = new AtomicInteger();

	@Test
	void anonymousAccountAnswers401WithBasicChallenge() throws Exception {
		HttpResponse<String> response = this.http.get("/account");

		assertSampleProblem(response, 401, "unauthenticated", "/account");
		assertThat(response).hasChallenge(CHALLENGE);
	}

	@Test
	void wrongPasswordAndUnknownUserAnswerTheSame401() throws Exception {
		HttpResponse<String> wrongPassword = this.http
			.send(this.http.request("/account").header("Authorization", basic(ALICE, "not-her-password")));
		HttpResponse<String> unknownUser = this.http
			.send(this.http.request("/account").header("Authorization", basic("mallory", ALICE_PASSWORD)));

		assertSampleProblem(wrongPassword, 401, "unauthenticated", "/account");
		assertSampleProblem(unknownUser, 401, "unauthenticated", "/account");
		// Nothing tells a guesser whether the user name exists.
		assertThat(withoutTraceId(unknownUser)).isEqualTo(withoutTraceId(wrongPassword));
		assertThat(wrongPassword).hasChallenge(CHALLENGE);
		assertThat(unknownUser).hasChallenge(CHALLENGE);
	}

	@Test
	void badCredentialsOnAPublicRouteAnswer401() throws Exception {
		HttpResponse<String> response = this.http
			.send(this.http.request("/ok").header("Authorization", basic(ALICE, "not-her-password")));

		assertSampleProblem(response, 401, "unauthenticated", "/ok");
		assertThat(response).hasChallenge(CHALLENGE);
	}

	@Test
	void accountAnswersTheSignedInUserAndRoles() throws Exception {
		HttpResponse<String> response = this.http
			.send(this.http.request("/account").header("Authorization", basic(ALICE, ALICE_PASSWORD)));

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode account = json(response);
		assertThat(account.get("name").asString()).isEqualTo(ALICE);
		assertThat(account.get("roles").get(0).asString()).isEqualTo("USER");
		assertThat(account.get("roles").size()).isEqualTo(1);
	}

	@Test
	void userOnAdminRouteAnswers403() throws Exception {
		HttpResponse<String> response = this.http
			.send(this.http.request("/admin/users").header("Authorization", basic(ALICE, ALICE_PASSWORD)));

		assertSampleProblem(response, 403, "forbidden", "/admin/users");
		assertThat(response).doesNotHaveHeader("WWW-Authenticate");
	}

	@Test
	void anonymousOnAdminRouteAnswers401() throws Exception {
		HttpResponse<String> response = this.http.get("/admin/users");

		assertSampleProblem(response, 401, "unauthenticated", "/admin/users");
		assertThat(response).hasChallenge(CHALLENGE);
	}

	@Test
	void adminListsUsers() throws Exception {
		long id = createUser();

		HttpResponse<String> response = this.http
			.send(this.http.request("/admin/users").header("Authorization", basic(ADMIN, ADMIN_PASSWORD)));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(json(response).valueStream().map((user) -> user.get("id").asLong())).contains(id);
	}

	@Test
	void userDeletingAUserAnswers403FromMethodSecurity() throws Exception {
		long id = createUser();

		HttpResponse<String> response = this.http.send(this.http.request("/users/" + id)
			.header("Authorization", basic(ALICE, ALICE_PASSWORD))
			.DELETE());

		assertSampleProblem(response, 403, "forbidden", "/users/" + id);
		assertThat(this.http.get("/users/" + id).statusCode()).isEqualTo(200);
	}

	@Test
	void anonymousDeletingAUserAnswers401FromMethodSecurity() throws Exception {
		long id = createUser();

		HttpResponse<String> response = this.http.send(this.http.request("/users/" + id).DELETE());

		assertSampleProblem(response, 401, "unauthenticated", "/users/" + id);
		assertThat(response).hasChallenge(CHALLENGE);
		assertThat(this.http.get("/users/" + id).statusCode()).isEqualTo(200);
	}

	@Test
	void adminDeletesAUser() throws Exception {
		long id = createUser();

		HttpResponse<String> response = this.http.send(this.http.request("/users/" + id)
			.header("Authorization", basic(ADMIN, ADMIN_PASSWORD))
			.DELETE());

		assertThat(response.statusCode()).isEqualTo(204);
		assertSampleProblem(this.http.get("/users/" + id), 404, "not-found", "/users/" + id);
	}

	@Test
	void adminDeletingAnUnknownUserAnswers404() throws Exception {
		HttpResponse<String> response = this.http.send(this.http.request("/users/987654")
			.header("Authorization", basic(ADMIN, ADMIN_PASSWORD))
			.DELETE());

		assertSampleProblem(response, 404, "not-found", "/users/987654");
	}

	@Test
	void anonymousChangeAnswers401() throws Exception {
		HttpResponse<String> response = this.http.send(this.http.request("/users/1")
			.header("Content-Type", "application/json")
			.header("If-Match", "\"0\"")
			.PUT(BodyPublishers.ofString("{ \"name\": \"X\", \"email\": \"x@example.com\" }")));

		assertSampleProblem(response, 401, "unauthenticated", "/users/1");
	}

	private long createUser() throws Exception {
		HttpResponse<String> created = this.http.post("/users",
				"{ \"name\": \"Member\", \"email\": \"member" + emailCounter.incrementAndGet() + "@example.com\" }");
		assertThat(created.statusCode()).isEqualTo(201);
		return json(created).get("id").asLong();
	}

}

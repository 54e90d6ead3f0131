package io.github.problemdetails.sample;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.github.problemdetails.sample.SampleHttp.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the sample's {@code application.yml} and message bundles configure, over real HTTP: an
 * exception mapped in YAML only, a member added to every problem, titles and details in the
 * client's language.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SampleApplicationConfigurationIntegrationTests {

	@LocalServerPort
	private int port;

	private SampleHttp http;

	@BeforeEach
	void setUp() {
		this.http = new SampleHttp(this.port);
	}

	@Test
	void exceptionMappedOnlyInYamlAnswers402WithItsTypeAndCode() throws Exception {
		HttpResponse<String> response = this.http.post("/payments",
				"{\"cardNumber\": \"4000000000000002\", \"amountCents\": 1250}");
		JsonNode problem = assertProblem(response, 402, "card-declined", "/payments");
		assertThat(problem.get("title").asString()).isEqualTo("Card declined");
		assertThat(problem.get("code").asString()).isEqualTo("CARD_DECLINED");
		assertThat(problem.get("detail").asString())
			.isEqualTo("The card was declined; use another card or contact your bank.");
		assertThat(response.body()).doesNotContain("reason 51");
	}

	@Test
	void acceptedPaymentIsNoProblem() throws Exception {
		HttpResponse<String> response = this.http.post("/payments",
				"{\"cardNumber\": \"4000000000000077\", \"amountCents\": 1250}");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

	@Test
	void everyProblemCarriesTheConfiguredMember() throws Exception {
		JsonNode problem = assertProblem(this.http.get("/users/999"), 404, "not-found", "/users/999");
		assertThat(problem.get("service").asString()).isEqualTo("problem-details-sample");
	}

	@Test
	void problemsSpeakTheClientsLanguage() throws Exception {
		HttpResponse<String> response = this.http.send(this.http.request("/users/999").header("Accept-Language", "de"));
		JsonNode problem = assertProblem(response, 404, "not-found", "/users/999");
		assertThat(problem.get("title").asString()).isEqualTo("Ressource nicht gefunden");
		assertThat(problem.get("detail").asString()).isEqualTo("Es gibt kein user mit der ID '999'.");
	}

	@Test
	void configuredProblemSpeaksTheClientsLanguageToo() throws Exception {
		HttpResponse<String> response = this.http.send(this.http.request("/payments")
			.header("Accept-Language", "de-CH, en;q=0.5")
			.header("Content-Type", "application/json")
			.POST(BodyPublishers
				.ofString("{\"cardNumber\": \"4000000000000002\", \"amountCents\": 1250}")));
		JsonNode problem = assertProblem(response, 402, "card-declined", "/payments");
		assertThat(problem.get("title").asString()).isEqualTo("Karte abgelehnt");
		assertThat(problem.get("code").asString()).isEqualTo("CARD_DECLINED");
	}

}

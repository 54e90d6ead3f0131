package io.github.problemdetails.sample;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import static io.github.problemdetails.test.ProblemAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the sample's {@code application.yml} and message bundles configure, over real HTTP: an
 * exception mapped in YAML only, a member added to every problem, titles and details in the
 * client's language.
 */
class SampleApplicationConfigurationIntegrationTests extends AbstractSampleIntegrationTests {

	@Test
	void exceptionMappedOnlyInYamlAnswers402WithItsTypeAndCode() throws Exception {
		HttpResponse<String> response = this.http.post("/payments",
				"{\"cardNumber\": \"4000000000000002\", \"amountCents\": 1250}");
		assertThat(response).doesNotLeak("reason 51");
		assertSampleProblem(response, 402, "card-declined", "/payments").hasTitle("Card declined")
			.hasCode("CARD_DECLINED")
			.hasDetail("The card was declined; use another card or contact your bank.");
	}

	@Test
	void acceptedPaymentIsNoProblem() throws Exception {
		HttpResponse<String> response = this.http.post("/payments",
				"{\"cardNumber\": \"4000000000000077\", \"amountCents\": 1250}");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

	@Test
	void everyProblemCarriesTheConfiguredMember() throws Exception {
		assertSampleProblem(this.http.get("/users/999"), 404, "not-found", "/users/999")
			.hasMember("service", "problem-details-sample");
	}

	@Test
	void problemsSpeakTheClientsLanguage() throws Exception {
		HttpResponse<String> response = this.http.send(this.http.request("/users/999").header("Accept-Language", "de"));
		assertSampleProblem(response, 404, "not-found", "/users/999")
			.hasTitle("Ressource nicht gefunden")
			.hasDetail("Es gibt kein user mit der ID '999'.");
	}

	@Test
	void configuredProblemSpeaksTheClientsLanguageToo() throws Exception {
		HttpResponse<String> response = this.http.send(this.http.request("/payments")
			.header("Accept-Language", "de-CH, en;q=0.5")
			.header("Content-Type", "application/json")
			.POST(BodyPublishers
				.ofString("{\"cardNumber\": \"4000000000000002\", \"amountCents\": 1250}")));
		assertSampleProblem(response, 402, "card-declined", "/payments")
			.hasTitle("Karte abgelehnt")
			.hasCode("CARD_DECLINED");
	}

}

package com.example.library;

import java.nio.charset.StandardCharsets;

import io.github.problemdetails.test.ProblemAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.ExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static io.github.problemdetails.test.ProblemAssertions.assertThat;
import static io.github.problemdetails.test.ProblemAssertions.assertThatProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter added to an existing service: the service's own exception handlers, problems
 * and exceptions keep working, and what they build joins the contract. Real HTTP.
 */
@SpringBootTest(classes = LibraryApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1",
				"problem-details.type-base-uri=https://library.example.com/problems/",
				"spring.messages.basename=com/example/library/messages",
				"spring.messages.fallback-to-system-locale=false" })
class LibraryAdoptionIntegrationTests {

	private static final String TYPES = "https://library.example.com/problems/";

	@LocalServerPort
	private int port;

	private RestTestClient client;

	@BeforeEach
	void connect() {
		this.client = RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + this.port).build();
	}

	@Test
	void unorderedAdviceAnswersItsExceptionAndItsProblemIsCompleted() {
		ExchangeResult result = this.client.post().uri("/loans/3/return").exchange().returnResult();
		problem(result, 409).hasType(TYPES + "loan-already-returned")
			.hasTitle("Loan already returned")
			.hasDetail("Loan 3 has already been returned.")
			.hasMember("loanId", 3)
			.hasInstance("/loans/3/return");
		assertThat(result.getResponseHeaders().getCacheControl()).isEqualTo("no-store");
	}

	@Test
	void handlerThatTheLegacyAdviceOverridesKeepsItsAnswerCompleted() {
		ExchangeResult result = this.client.post().uri("/loans").contentType(MediaType.APPLICATION_JSON)
			.body("{\"isbn\":").exchange().returnResult();
		problem(result, 400).hasType(TYPES + "bad-request")
			.hasDetail("The request body is not the JSON the library expects.")
			.hasMember("hint", "Send the loan as {\"isbn\": \"...\", \"memberId\": 7}.")
			.hasInstance("/loans");
	}

	@Test
	void validationFailureThatTheLegacyAdviceOnlyInheritsIsTheContractsAnswer() {
		ExchangeResult result = this.client.post().uri("/loans").contentType(MediaType.APPLICATION_JSON)
			.body("{\"memberId\": -1}").exchange().returnResult();
		problem(result, 422).hasType(TYPES + "validation-failed")
			.hasFieldErrorCount(2)
			.hasFieldError("/isbn", "must not be null")
			.hasFieldError("/memberId", "must be greater than 0");
	}

	@Test
	void wrongMethodAndMissingParameterThatTheLegacyAdviceOnlyInheritsAreTheContractsAnswers() {
		ExchangeResult wrongMethod = this.client.delete().uri("/loans").exchange().returnResult();
		problem(wrongMethod, 405).hasType(TYPES + "method-not-allowed");
		assertThat(wrongMethod.getResponseHeaders().getAllow()).extracting(Object::toString).containsExactly("POST");
		problem(this.client.get().uri("/books").exchange().returnResult(), 400).hasType(TYPES + "missing-parameter")
			.hasDetail("Required parameter 'title' is missing.");
	}

	@Test
	void errorResponseExceptionOfTheServiceKeepsItsProblem() {
		ExchangeResult result = this.client.post().uri("/members/7/loans").exchange().returnResult();
		problem(result, 403).hasType(TYPES + "member-suspended")
			.hasTitle("Member suspended")
			.hasDetail("Member 7 may borrow again on 2031-01-01.")
			.hasMember("suspendedUntil", "2031-01-01")
			.hasInstance("/members/7/loans");
		// As the README shows it.
		assertThat(body(result)).isEqualTo("{\"type\":\"https://library.example.com/problems/member-suspended\","
				+ "\"title\":\"Member suspended\",\"status\":403,"
				+ "\"detail\":\"Member 7 may borrow again on 2031-01-01.\",\"instance\":\"/members/7/loans\","
				+ "\"suspendedUntil\":\"2031-01-01\",\"traceId\":\""
				+ result.getResponseHeaders().getFirst("X-Trace-Id") + "\"}");
	}

	@Test
	void problemDetailReturnedByAControllerIsCompleted() {
		ExchangeResult result = this.client.get().uri("/members/9/card").exchange().returnResult();
		problem(result, 404).hasType(TYPES + "not-found")
			.hasTitle("Resource not found")
			.hasDetail("Member 9 has no library card.")
			.hasInstance("/members/9/card");
		assertThat(result.getResponseHeaders().getCacheControl()).isEqualTo("no-store");
		assertThat(result.getResponseHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)).isNull();
	}

	@Test
	void problemDetailInAResponseEntityIsCompleted() {
		ExchangeResult result = this.client.get().uri("/members/9/fines").exchange().returnResult();
		problem(result, 409).hasType(TYPES + "conflict")
			.hasDetail("Member 9 has unpaid fines.")
			.hasMember("amountDue", "4.50")
			.hasInstance("/members/9/fines");
	}

	@Test
	void cacheControlThatTheServiceSetIsKept() {
		ExchangeResult result = this.client.get().uri("/members/9/quota").exchange().returnResult();
		problem(result, 429).hasType(TYPES + "rate-limited");
		assertThat(result.getResponseHeaders().getCacheControl()).isEqualTo("max-age=60");
	}

	@Test
	void notFoundWithoutBodyGetsTheContractsBody() {
		ExchangeResult result = this.client.get().uri("/books/0000000000").exchange().returnResult();
		problem(result, 404).hasType(TYPES + "not-found")
			.hasTitle("Resource not found")
			.hasDetail("No resource exists at this path.")
			.hasInstance("/books/0000000000");
		// Spring Security's cache headers come first here; they say no-store too.
		assertThat(result.getResponseHeaders().getCacheControl()).contains("no-store");
	}

	@Test
	void statusWithoutBodyGetsTheContractsBody() {
		problem(this.client.put().uri("/books/9780132350884/reservation").exchange().returnResult(), 409)
			.hasType(TYPES + "conflict")
			.hasInstance("/books/9780132350884/reservation");
		problem(this.client.get().uri("/members/9/photo").exchange().returnResult(), 404).hasType(TYPES + "not-found")
			.hasInstance("/members/9/photo");
	}

	@Test
	void responsesThatAreNotBodilessErrorsAreLeftAlone() {
		ExchangeResult head = this.client.head().uri("/books/0000000000").exchange().returnResult();
		assertThat(head.getStatus().value()).isEqualTo(404);
		assertThat(head.getResponseHeaders().getContentType()).isNull();
		ExchangeResult removed = this.client.delete().uri("/books/9780132350884").exchange().returnResult();
		assertThat(removed.getStatus().value()).isEqualTo(204);
		assertThat(body(removed)).isEmpty();
		ExchangeResult cover = this.client.get().uri("/books/9780132350884/cover").exchange().returnResult();
		assertThat(cover.getStatus().value()).isEqualTo(404);
		assertThat(cover.getResponseHeaders().getContentType()).isEqualTo(MediaType.TEXT_PLAIN);
		assertThat(body(cover)).isEmpty();
	}

	@Test
	void problemsInTheClientsLanguageSayWhichLanguage() {
		ExchangeResult bodiless = this.client.get().uri("/books/0000000000").header(HttpHeaders.ACCEPT_LANGUAGE, "de")
			.exchange().returnResult();
		problem(bodiless, 404).hasTitle("Nicht gefunden").hasDetail("Hier gibt es nichts.");
		assertThat(bodiless.getResponseHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("de");
		assertThat(bodiless.getResponseHeaders().getVary()).contains(HttpHeaders.ACCEPT_LANGUAGE);
		ExchangeResult returned = this.client.get().uri("/members/9/card").header(HttpHeaders.ACCEPT_LANGUAGE, "de")
			.exchange().returnResult();
		problem(returned, 404).hasTitle("Nicht gefunden").hasDetail("Member 9 has no library card.");
		assertThat(returned.getResponseHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("de");
		assertThat(returned.getResponseHeaders().getVary()).contains(HttpHeaders.ACCEPT_LANGUAGE);
	}

	@Test
	void serviceReadsTheTraceIdOfTheRequest() {
		ExchangeResult result = this.client.get().uri("/members/9/receipt").exchange().returnResult();
		assertThat(result.getStatus().value()).isEqualTo(200);
		String traceId = result.getResponseHeaders().getFirst("X-Trace-Id");
		assertThat(body(result)).contains("\"reference\":\"" + traceId + "\"");
	}

	@Test
	void responseStatusExceptionShowsTheReasonOfAClientErrorOnly() {
		problem(this.client.get().uri("/books/9780132350884/editions/1").exchange().returnResult(), 410)
			.hasType(TYPES + "gone")
			.hasDetail("The first edition is out of print.");
		ExchangeResult down = this.client.get().uri("/books/9780132350884/editions/2").exchange().returnResult();
		problem(down, 503).hasDetail("The service is temporarily unavailable; retry later.");
		assertThat(body(down)).doesNotContain("replica");
	}

	private static ProblemAssert problem(ExchangeResult result, int status) {
		assertThat(result.getStatus().value()).as(body(result)).isEqualTo(status);
		assertThatProblem(body(result)).doesNotLeak();
		return assertThat(result).isProblem().hasStatus(status).hasTraceId();
	}

	private static String body(ExchangeResult result) {
		byte[] body = result.getResponseBodyContent();
		return (body != null) ? new String(body, StandardCharsets.UTF_8) : "";
	}

}

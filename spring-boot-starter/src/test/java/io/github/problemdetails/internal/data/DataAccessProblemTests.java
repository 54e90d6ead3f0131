package io.github.problemdetails.internal.data;

import io.github.problemdetails.test.ProblemAssert;
import io.github.problemdetails.test.ProblemResponseAssert;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.github.problemdetails.test.ProblemAssertions.assertThat;

/**
 * Real data-access failures on an embedded H2 database, with the default settings, answered
 * over MockMvc.
 */
@SpringBootTest(classes = LedgerTestApplication.class,
		properties = "problem-details.type-base-uri=https://errors.example.com/")
@AutoConfigureMockMvc
class DataAccessProblemTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void createSchema() {
		LedgerTestApplication.createSchema(this.jdbc);
	}

	@Test
	void duplicateInsertAnswers409DuplicateWithoutSchemaNames() {
		MvcTestResult result = post("/accounts", "{\"iban\": \"DE00LEDGER1\", \"holder\": \"Bob\"}");
		assertLedgerProblem(assertThat(result), 409, "/accounts").hasType("https://errors.example.com/duplicate")
			.hasTitle("Duplicate value")
			.hasDetail("A value that must be unique is already taken.");
	}

	@Test
	void otherIntegrityViolationAnswers409Conflict() {
		MvcTestResult result = post("/accounts", "{\"iban\": \"DE00LEDGER2\"}");
		assertLedgerProblem(assertThat(result), 409, "/accounts").hasType("https://errors.example.com/conflict")
			.hasTitle("Conflict");
	}

	@Test
	void staleVersionAnswers409WithReloadAdvice() {
		MvcTestResult result = put("/accounts/1", "{\"holder\": \"Bob\", \"version\": 2}", null);
		assertLedgerProblem(assertThat(result), 409, "/accounts/1").hasType("https://errors.example.com/conflict")
			.hasDetail("The resource was changed by another request; reload it and retry.");
	}

	@Test
	void staleVersionOfConditionalRequestAnswers409ByDefault() {
		MvcTestResult result = put("/accounts/1", "{\"holder\": \"Bob\", \"version\": 2}", "\"2\"");
		assertLedgerProblem(assertThat(result), 409, "/accounts/1");
	}

	@Test
	void currentVersionSucceeds() {
		Assertions.assertThat(put("/accounts/1", "{\"holder\": \"Bob\", \"version\": 3}", null)).hasStatusOk();
	}

	@Test
	void missingRowAnswers404() {
		assertLedgerProblem(assertThat(this.mvc.get().uri("/accounts/99")), 404, "/accounts/99")
			.hasType("https://errors.example.com/not-found");
	}

	@Test
	void lockWaitTimeoutAnswers503WithoutRetryAfterByDefault() {
		ProblemResponseAssert response = assertThat(put("/accounts/1/locked", "", null))
			.doesNotHaveHeader("Retry-After");
		assertLedgerProblem(response, 503, "/accounts/1/locked")
			.hasType("https://errors.example.com/service-unavailable")
			.hasDetail("The service is temporarily unavailable; retry later.");
	}

	@Test
	void lockFailureAnswers503WithoutRetryAfterByDefault() {
		ProblemResponseAssert response = assertThat(this.mvc.post().uri("/accounts/1/close"))
			.doesNotHaveHeader("Retry-After");
		assertLedgerProblem(response, 503, "/accounts/1/close");
	}

	@Test
	void otherDataAccessFailureAnswersGeneric500() {
		assertThat(this.mvc.get().uri("/accounts/audit")).doesNotLeak("ledger_audit")
			.isProblem()
			.hasStatus(500)
			.hasType("https://errors.example.com/internal-error")
			.hasDetail("An unexpected error occurred. Quote the trace ID when you report it.")
			.hasInstance("/accounts/audit")
			.hasTraceId();
	}

	private MvcTestResult post(String path, String body) {
		return this.mvc.post().uri(path).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
	}

	private MvcTestResult put(String path, String body, String ifMatch) {
		MockMvcRequestBuilder request = this.mvc.put().uri(path).contentType(MediaType.APPLICATION_JSON).content(body);
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		return request.exchange();
	}

	// What every failure of the ledger answers: nothing given away, the schema's names included, and a problem
	// with the status, a detail, the request's path and the trace ID.
	static ProblemAssert assertLedgerProblem(ProblemResponseAssert response, int status, String path) {
		return response.doesNotLeak(LedgerTestApplication.SCHEMA_NAMES)
			.isProblem()
			.hasStatus(status)
			.hasDetail()
			.hasInstance(path)
			.hasTraceId();
	}

}

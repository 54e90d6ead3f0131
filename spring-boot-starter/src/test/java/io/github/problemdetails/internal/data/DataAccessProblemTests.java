package io.github.problemdetails.internal.data;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import static io.github.problemdetails.testsupport.ProblemResponses.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

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
	void duplicateInsertAnswers409DuplicateWithoutSchemaNames() throws Exception {
		MockHttpServletResponse response = post("/accounts", "{\"iban\": \"DE00LEDGER1\", \"holder\": \"Bob\"}");
		JsonNode problem = assertProblem(response, 409, "/accounts");
		assertThat(problem.path("type").asString()).isEqualTo("https://errors.example.com/duplicate");
		assertThat(problem.path("title").asString()).isEqualTo("Duplicate value");
		assertThat(problem.path("detail").asString()).isEqualTo("A value that must be unique is already taken.");
		assertNoSchemaNames(response);
	}

	@Test
	void otherIntegrityViolationAnswers409Conflict() throws Exception {
		MockHttpServletResponse response = post("/accounts", "{\"iban\": \"DE00LEDGER2\"}");
		JsonNode problem = assertProblem(response, 409, "/accounts");
		assertThat(problem.path("type").asString()).isEqualTo("https://errors.example.com/conflict");
		assertThat(problem.path("title").asString()).isEqualTo("Conflict");
		assertNoSchemaNames(response);
	}

	@Test
	void staleVersionAnswers409WithReloadAdvice() throws Exception {
		MockHttpServletResponse response = put("/accounts/1", "{\"holder\": \"Bob\", \"version\": 2}", null);
		JsonNode problem = assertProblem(response, 409, "/accounts/1");
		assertThat(problem.path("type").asString()).isEqualTo("https://errors.example.com/conflict");
		assertThat(problem.path("detail").asString())
			.isEqualTo("The resource was changed by another request; reload it and retry.");
		assertNoSchemaNames(response);
	}

	@Test
	void staleVersionOfConditionalRequestAnswers409ByDefault() throws Exception {
		MockHttpServletResponse response = put("/accounts/1", "{\"holder\": \"Bob\", \"version\": 2}", "\"2\"");
		assertProblem(response, 409, "/accounts/1");
	}

	@Test
	void currentVersionSucceeds() throws Exception {
		assertThat(put("/accounts/1", "{\"holder\": \"Bob\", \"version\": 3}", null).getStatus()).isEqualTo(200);
	}

	@Test
	void missingRowAnswers404() throws Exception {
		MockHttpServletResponse response = this.mvc.get().uri("/accounts/99").exchange().getResponse();
		JsonNode problem = assertProblem(response, 404, "/accounts/99");
		assertThat(problem.path("type").asString()).isEqualTo("https://errors.example.com/not-found");
		assertNoSchemaNames(response);
	}

	@Test
	void lockWaitTimeoutAnswers503WithoutRetryAfterByDefault() throws Exception {
		MockHttpServletResponse response = put("/accounts/1/locked", "", null);
		JsonNode problem = assertProblem(response, 503, "/accounts/1/locked");
		assertThat(problem.path("type").asString()).isEqualTo("https://errors.example.com/service-unavailable");
		assertThat(problem.path("detail").asString()).isEqualTo("The service is temporarily unavailable; retry later.");
		assertThat(response.getHeader("Retry-After")).isNull();
		assertNoSchemaNames(response);
	}

	@Test
	void lockFailureAnswers503WithoutRetryAfterByDefault() throws Exception {
		MockHttpServletResponse response = this.mvc.post().uri("/accounts/1/close").exchange().getResponse();
		assertProblem(response, 503, "/accounts/1/close");
		assertThat(response.getHeader("Retry-After")).isNull();
		assertNoSchemaNames(response);
	}

	@Test
	void otherDataAccessFailureAnswersGeneric500() throws Exception {
		MockHttpServletResponse response = this.mvc.get().uri("/accounts/audit").exchange().getResponse();
		JsonNode problem = assertProblem(response, 500, "/accounts/audit");
		assertThat(problem.path("type").asString()).isEqualTo("https://errors.example.com/internal-error");
		assertThat(problem.path("detail").asString())
			.isEqualTo("An unexpected error occurred. Quote the trace ID when you report it.");
		assertThat(response.getContentAsString()).doesNotContainIgnoringCase("ledger_audit");
	}

	private MockHttpServletResponse post(String path, String body) {
		return this.mvc.post().uri(path).contentType(MediaType.APPLICATION_JSON).content(body).exchange().getResponse();
	}

	private MockHttpServletResponse put(String path, String body, String ifMatch) {
		MockMvcRequestBuilder request = this.mvc.put().uri(path).contentType(MediaType.APPLICATION_JSON).content(body);
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		return request.exchange().getResponse();
	}

	static void assertNoSchemaNames(MockHttpServletResponse response) throws Exception {
		String body = response.getContentAsString();
		for (String name : LedgerTestApplication.SCHEMA_NAMES) {
			assertThat(body).doesNotContainIgnoringCase(name);
		}
	}

}

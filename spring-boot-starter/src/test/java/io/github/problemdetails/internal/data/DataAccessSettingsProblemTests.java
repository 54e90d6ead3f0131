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

import static io.github.problemdetails.internal.data.DataAccessProblemTests.assertNoSchemaNames;
import static io.github.problemdetails.testsupport.ProblemResponses.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code problem-details.data.retry-after} and
 * {@code problem-details.data.conditional-optimistic-lock-status=412}, on real data-access
 * failures.
 */
@SpringBootTest(classes = LedgerTestApplication.class,
		properties = { "problem-details.type-base-uri=https://errors.example.com/",
				"problem-details.data.retry-after=1500ms",
				"problem-details.data.conditional-optimistic-lock-status=412" })
@AutoConfigureMockMvc
class DataAccessSettingsProblemTests {

	private static final String STALE_CHANGE = "{\"holder\": \"Bob\", \"version\": 2}";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void createSchema() {
		LedgerTestApplication.createSchema(this.jdbc);
	}

	@Test
	void staleVersionWithIfMatchAnswers412() throws Exception {
		MockHttpServletResponse response = this.mvc.put().uri("/accounts/1").header("If-Match", "\"2\"")
			.contentType(MediaType.APPLICATION_JSON).content(STALE_CHANGE).exchange().getResponse();
		JsonNode problem = assertProblem(response, 412, "/accounts/1");
		assertThat(problem.path("type").asString()).isEqualTo("https://errors.example.com/precondition-failed");
		assertThat(problem.path("title").asString()).isEqualTo("Precondition failed");
		assertThat(problem.path("detail").asString())
			.isEqualTo("The resource was changed since the version the request is based on; reload it and retry.");
		assertNoSchemaNames(response);
	}

	@Test
	void staleVersionWithIfUnmodifiedSinceAnswers412() throws Exception {
		MockHttpServletResponse response = this.mvc.put().uri("/accounts/1")
			.header("If-Unmodified-Since", "Tue, 24 Nov 2026 08:00:00 GMT").contentType(MediaType.APPLICATION_JSON)
			.content(STALE_CHANGE).exchange().getResponse();
		assertProblem(response, 412, "/accounts/1");
	}

	@Test
	void staleVersionWithoutPreconditionStillAnswers409() throws Exception {
		MockHttpServletResponse response = this.mvc.put().uri("/accounts/1").contentType(MediaType.APPLICATION_JSON)
			.content(STALE_CHANGE).exchange().getResponse();
		JsonNode problem = assertProblem(response, 409, "/accounts/1");
		assertThat(problem.path("type").asString()).isEqualTo("https://errors.example.com/conflict");
	}

	@Test
	void lockWaitTimeoutAnswers503WithRetryAfterRoundedUp() throws Exception {
		MockHttpServletResponse response = this.mvc.put().uri("/accounts/1/locked").exchange().getResponse();
		assertProblem(response, 503, "/accounts/1/locked");
		assertThat(response.getHeader("Retry-After")).isEqualTo("2");
		assertNoSchemaNames(response);
	}

	@Test
	void lockFailureAnswers503WithRetryAfter() throws Exception {
		MockHttpServletResponse response = this.mvc.post().uri("/accounts/1/close").exchange().getResponse();
		assertProblem(response, 503, "/accounts/1/close");
		assertThat(response.getHeader("Retry-After")).isEqualTo("2");
	}

}

package io.github.problemdetails.internal.data;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import static io.github.problemdetails.internal.data.DataAccessProblemTests.assertLedgerProblem;
import static io.github.problemdetails.test.ProblemAssertions.assertThat;

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
	void staleVersionWithIfMatchAnswers412() {
		MockMvcRequestBuilder request = this.mvc.put().uri("/accounts/1").header("If-Match", "\"2\"");
		assertLedgerProblem(assertThat(change(request)), 412, "/accounts/1")
			.hasType("https://errors.example.com/precondition-failed")
			.hasTitle("Precondition failed")
			.hasDetail("The resource was changed since the version the request is based on; reload it and retry.");
	}

	@Test
	void staleVersionWithIfUnmodifiedSinceAnswers412() {
		MockMvcRequestBuilder request = this.mvc.put()
			.uri("/accounts/1")
			.header("If-Unmodified-Since", "Tue, 24 Nov 2026 08:00:00 GMT");
		assertLedgerProblem(assertThat(change(request)), 412, "/accounts/1");
	}

	@Test
	void staleVersionWithoutPreconditionStillAnswers409() {
		assertLedgerProblem(assertThat(change(this.mvc.put().uri("/accounts/1"))), 409, "/accounts/1")
			.hasType("https://errors.example.com/conflict");
	}

	@Test
	void lockWaitTimeoutAnswers503WithRetryAfterRoundedUp() {
		assertLedgerProblem(assertThat(this.mvc.put().uri("/accounts/1/locked")).hasRetryAfter(2), 503,
				"/accounts/1/locked");
	}

	@Test
	void lockFailureAnswers503WithRetryAfter() {
		assertLedgerProblem(assertThat(this.mvc.post().uri("/accounts/1/close")).hasRetryAfter(2), 503,
				"/accounts/1/close");
	}

	private MockMvcRequestBuilder change(MockMvcRequestBuilder request) {
		return request.contentType(MediaType.APPLICATION_JSON).content(STALE_CHANGE);
	}

}

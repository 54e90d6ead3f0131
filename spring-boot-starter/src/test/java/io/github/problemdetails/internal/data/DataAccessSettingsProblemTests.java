package io.github.problemdetails.internal.data;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

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
		assertThat(this.mvc.put().uri("/accounts/1").header("If-Match", "\"2\"").contentType(MediaType.APPLICATION_JSON)
			.content(STALE_CHANGE)).doesNotLeak(LedgerTestApplication.SCHEMA_NAMES)
			.isProblem()
			.hasStatus(412)
			.hasType("https://errors.example.com/precondition-failed")
			.hasTitle("Precondition failed")
			.hasDetail("The resource was changed since the version the request is based on; reload it and retry.")
			.hasInstance("/accounts/1")
			.hasTraceId();
	}

	@Test
	void staleVersionWithIfUnmodifiedSinceAnswers412() {
		assertThat(this.mvc.put()
			.uri("/accounts/1")
			.header("If-Unmodified-Since", "Tue, 24 Nov 2026 08:00:00 GMT")
			.contentType(MediaType.APPLICATION_JSON)
			.content(STALE_CHANGE)).doesNotLeak(LedgerTestApplication.SCHEMA_NAMES)
			.isProblem()
			.hasStatus(412)
			.hasDetail()
			.hasInstance("/accounts/1")
			.hasTraceId();
	}

	@Test
	void staleVersionWithoutPreconditionStillAnswers409() {
		assertThat(this.mvc.put().uri("/accounts/1").contentType(MediaType.APPLICATION_JSON).content(STALE_CHANGE))
			.doesNotLeak(LedgerTestApplication.SCHEMA_NAMES)
			.isProblem()
			.hasStatus(409)
			.hasType("https://errors.example.com/conflict")
			.hasDetail()
			.hasInstance("/accounts/1")
			.hasTraceId();
	}

	@Test
	void lockWaitTimeoutAnswers503WithRetryAfterRoundedUp() {
		assertThat(this.mvc.put().uri("/accounts/1/locked")).hasRetryAfter(2)
			.doesNotLeak(LedgerTestApplication.SCHEMA_NAMES)
			.isProblem()
			.hasStatus(503)
			.hasDetail()
			.hasInstance("/accounts/1/locked")
			.hasTraceId();
	}

	@Test
	void lockFailureAnswers503WithRetryAfter() {
		assertThat(this.mvc.post().uri("/accounts/1/close")).hasRetryAfter(2)
			.doesNotLeak(LedgerTestApplication.SCHEMA_NAMES)
			.isProblem()
			.hasStatus(503)
			.hasDetail()
			.hasInstance("/accounts/1/close")
			.hasTraceId();
	}

}

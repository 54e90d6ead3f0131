package io.github.problemdetails.test;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link ProblemResponseAssert}: the response's headers and the leak check pass on a
 * matching response and fail with a message that names what differs and shows the body.
 */
class ProblemResponseAssertTests {

	private static final String RATE_LIMITED = """
			{"type":"https://errors.example.com/rate-limited","title":"Too many requests","status":429,
			 "detail":"Too many requests; retry later.","instance":"/quotes",
			 "traceId":"4bf92f3577b34da6a3ce929d0e0e4736"}
			""";

	private static final Map<String, List<String>> HEADERS = Map.of("Content-Type",
			List.of("application/problem+json"), "Retry-After", List.of("30"), "WWW-Authenticate",
			List.of("Bearer", "Basic realm=\"api\""), "Allow", List.of("GET, HEAD", "POST"));

	@Test
	void passesOnAMatchingResponse() {
		assertThat(RATE_LIMITED).hasContentType("application/problem+json")
			.hasHeader("Retry-After", "30")
			.hasRetryAfter(30)
			.hasRetryAfterBetween(1, 60)
			.hasChallenge("Bearer", "Basic realm=\"api\"")
			.hasAllowedMethods("POST", "HEAD", "GET")
			.doesNotHaveHeader("Location")
			.doesNotLeak("ledger")
			.isProblem()
			.hasStatus(429);
	}

	@Test
	void otherContentTypeFails() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(RATE_LIMITED).hasContentType("application/problem+xml"))
			.withMessageContaining("to have Content-Type <application/problem+xml> but was <application/problem+json>")
			.withMessageContaining("(status 429)")
			.withMessageContaining("\"instance\":\"/quotes\"");
	}

	@Test
	void contentTypeWithParametersIsNoProblem() {
		RecordedResponse withCharset = new RecordedResponse(429, "application/problem+json;charset=UTF-8",
				(name) -> List.of(), RATE_LIMITED);
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> new ProblemResponseAssert(withCharset).isProblem())
			.withMessageContaining("Content-Type application/problem+json but was "
					+ "<application/problem+json;charset=UTF-8>");
	}

	@Test
	void otherHeaderValuesFail() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(RATE_LIMITED).hasHeader("Retry-After", "60"))
			.withMessageContaining("to have header Retry-After: [\"60\"] but was [\"30\"]");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(RATE_LIMITED).hasHeader("Location", "/quotes/1"))
			.withMessageContaining("to have header Location: [\"/quotes/1\"] but was absent");
		assertThatIllegalArgumentException().isThrownBy(() -> assertThat(RATE_LIMITED).hasHeader("Retry-After"));
	}

	@Test
	void presentHeaderFailsWhereNoneIsExpected() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(RATE_LIMITED).doesNotHaveHeader("WWW-Authenticate"))
			.withMessageContaining(
					"not to have header WWW-Authenticate but was [\"Bearer\", \"Basic realm=\"api\"\"]");
	}

	@Test
	void challengeMustBeTheOnlyOne() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(RATE_LIMITED).hasChallenge("Bearer"))
			.withMessageContaining("to have header WWW-Authenticate: [\"Bearer\"] but was "
					+ "[\"Bearer\", \"Basic realm=\"api\"\"]");
	}

	@Test
	void allowedMethodsMustBeExactlyTheListedOnes() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(RATE_LIMITED).hasAllowedMethods("GET", "POST"))
			.withMessageContaining(
					"to allow exactly the methods [GET, POST] but Allow was [\"GET, HEAD\", \"POST\"]");
		assertThatIllegalArgumentException().isThrownBy(() -> assertThat(RATE_LIMITED).hasAllowedMethods());
	}

	@Test
	void retryAfterOutsideTheRangeOrNotInSecondsFails() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(RATE_LIMITED).hasRetryAfter(31))
			.withMessageContaining("to have Retry-After of 31 seconds but was [\"30\"]");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(RATE_LIMITED).hasRetryAfterBetween(60, 3600))
			.withMessageContaining("to have Retry-After of 60 to 3600 seconds but was [\"30\"]");
		RecordedResponse date = new RecordedResponse(503, "application/problem+json",
				(name) -> List.of("Wed, 21 Oct 2026 07:28:00 GMT"), RATE_LIMITED);
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> new ProblemResponseAssert(date).hasRetryAfterBetween(0, Long.MAX_VALUE))
			.withMessageContaining("but was [\"Wed, 21 Oct 2026 07:28:00 GMT\"]");
	}

	@Test
	void headersOfABodyAloneAreUnknown() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> new ProblemResponseAssert(RecordedResponse.ofBody(RATE_LIMITED)).hasRetryAfter(30))
			.withMessageContaining("Expecting a response, but only a body is known");
	}

	@Test
	void internalsInTheBodyFailTheLeakCheckWhateverTheirCase() {
		String leaking = RATE_LIMITED.replace("Too many requests; retry later.",
				"java.lang.IllegalStateException: SELECT * FROM quotas\\n"
						+ "\\tat com.example.Quotas.check(Quotas.java:42)");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(leaking).doesNotLeak())
			.withMessageContaining("Expecting a response that gives nothing away, but it contains "
					+ "[\\tat , .java:, exception, java., select ]")
			.withMessageContaining("\"instance\":\"/quotes\"");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(RATE_LIMITED.replace("/quotes", "/Ledger/7")).doesNotLeak("ledger"))
			.withMessageContaining("it contains [ledger]");
	}

	@Test
	void parserMessageFailsTheLeakCheck() {
		String leaking = RATE_LIMITED.replace("Too many requests; retry later.",
				"Unexpected end-of-input at [Source: REDACTED; line: 1, column: 12]");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(leaking).doesNotLeak())
			.withMessageContaining("it contains [[source:]");
	}

	private static ProblemResponseAssert assertThat(String body) {
		return new ProblemResponseAssert(
				new RecordedResponse(429, "application/problem+json", (name) -> HEADERS.getOrDefault(name, List.of()),
						body));
	}

}

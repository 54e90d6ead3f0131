package io.github.problemdetails.core.exception;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class ProblemHeadersTests {

	@Test
	void namesTheHeaders() {
		assertThat(ProblemHeaders.RETRY_AFTER).isEqualTo("Retry-After");
		assertThat(ProblemHeaders.WWW_AUTHENTICATE).isEqualTo("WWW-Authenticate");
	}

	@Test
	void retryAfterSecondsRoundsUp() {
		assertThat(ProblemHeaders.retryAfterSeconds(Duration.ZERO)).isEqualTo("0");
		assertThat(ProblemHeaders.retryAfterSeconds(Duration.ofNanos(1))).isEqualTo("1");
		assertThat(ProblemHeaders.retryAfterSeconds(Duration.ofMillis(1500))).isEqualTo("2");
		assertThat(ProblemHeaders.retryAfterSeconds(Duration.ofSeconds(30))).isEqualTo("30");
		assertThat(ProblemHeaders.retryAfterSeconds(Duration.ofMinutes(2).plusMillis(1))).isEqualTo("121");
	}

	@Test
	void retryAfterSecondsSaturatesAtLargestDuration() {
		Duration largest = Duration.ofSeconds(Long.MAX_VALUE, 999_999_999);
		assertThat(ProblemHeaders.retryAfterSeconds(largest)).isEqualTo(Long.toString(Long.MAX_VALUE));
	}

	@Test
	void requireRetryAfterRejectsNullAndNegative() {
		assertThatNullPointerException().isThrownBy(() -> ProblemHeaders.requireRetryAfter(null))
			.withMessage("'retryAfter' must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> ProblemHeaders.requireRetryAfter(Duration.ofMillis(-1)))
			.withMessage("'retryAfter' must not be negative");
	}

}

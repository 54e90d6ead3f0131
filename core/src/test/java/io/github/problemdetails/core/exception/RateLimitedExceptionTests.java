package io.github.problemdetails.core.exception;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class RateLimitedExceptionTests {

	@Test
	void answers429WithRetryAfterHeader() {
		RateLimitedException exception = new RateLimitedException(Duration.ofSeconds(30));
		assertThat(exception.getStatus()).isEqualTo(429);
		assertThat(exception.getType()).isEqualTo("rate-limited").isEqualTo(RateLimitedException.TYPE);
		assertThat(exception.getTitle()).isEqualTo("Too many requests").isEqualTo(RateLimitedException.TITLE);
		assertThat(exception.getDetail()).isEqualTo("The rate limit is exceeded; retry after 30 seconds.");
		assertThat(exception.getHeaders()).containsExactly(Map.entry("Retry-After", "30"));
		assertThat(exception.getRetryAfter()).isEqualTo(Duration.ofSeconds(30));
		assertThat(exception.getStackTrace()).isEmpty();
	}

	@Test
	void roundsRetryAfterUpToWholeSeconds() {
		RateLimitedException exception = new RateLimitedException(Duration.ofMillis(1500));
		assertThat(exception.getHeaders()).containsEntry("Retry-After", "2");
		assertThat(exception.getDetail()).isEqualTo("The rate limit is exceeded; retry after 2 seconds.");
		assertThat(exception.getRetryAfter()).isEqualTo(Duration.ofMillis(1500));
	}

	@Test
	void usesSingularForOneSecond() {
		assertThat(new RateLimitedException(Duration.ofMillis(200)).getDetail())
			.isEqualTo("The rate limit is exceeded; retry after 1 second.");
	}

	@Test
	void allowsZeroRetryAfter() {
		RateLimitedException exception = new RateLimitedException(Duration.ZERO);
		assertThat(exception.getHeaders()).containsEntry("Retry-After", "0");
	}

	@Test
	void keepsGivenDetail() {
		RateLimitedException exception = new RateLimitedException("Daily quota used up.", Duration.ofHours(1));
		assertThat(exception.getDetail()).isEqualTo("Daily quota used up.");
		assertThat(exception.getHeaders()).containsEntry("Retry-After", "3600");
	}

	@Test
	void keepsCause() {
		IllegalStateException cause = new IllegalStateException("bucket empty");
		RateLimitedException exception = new RateLimitedException("Daily quota used up.", Duration.ofHours(1), cause);
		assertThat(exception.getCause()).isSameAs(cause);
		assertThat(exception.getHeaders()).containsEntry("Retry-After", "3600");
	}

	@Test
	void rejectsNullOrNegativeRetryAfter() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RateLimitedException(Duration.ofSeconds(-1)))
			.withMessage("'retryAfter' must not be negative");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RateLimitedException("d", Duration.ofSeconds(-1)))
			.withMessage("'retryAfter' must not be negative");
		assertThatNullPointerException().isThrownBy(() -> new RateLimitedException(null))
			.withMessage("'retryAfter' must not be null");
		assertThatNullPointerException().isThrownBy(() -> new RateLimitedException("d", null))
			.withMessage("'retryAfter' must not be null");
	}

	@Test
	void headerNameComesFromProblemHeaders() {
		assertThat(RateLimitedException.RETRY_AFTER).isSameAs(ProblemHeaders.RETRY_AFTER).isEqualTo("Retry-After");
	}

}

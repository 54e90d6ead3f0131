package io.github.problemdetails.core.exception;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ServiceUnavailableExceptionTests {

	@Test
	void answers503WithLogOnlyMessageAndNoRetryAfterWhenUnknown() {
		ServiceUnavailableException exception = new ServiceUnavailableException("Database pool exhausted.");
		assertThat(exception.getStatus()).isEqualTo(503);
		assertThat(exception.getType()).isEqualTo("service-unavailable").isEqualTo(ServiceUnavailableException.TYPE);
		assertThat(exception.getTitle()).isEqualTo("Service unavailable").isEqualTo(ServiceUnavailableException.TITLE);
		assertThat(exception.getDetail()).isNull();
		assertThat(exception).hasMessage("Database pool exhausted.");
		assertThat(exception.getRetryAfter()).isNull();
		assertThat(exception.getHeaders()).isEmpty();
		assertThat(exception.getStackTrace()).isNotEmpty();
	}

	@Test
	void sendsRetryAfterRoundedUpWhenKnown() {
		ServiceUnavailableException exception = new ServiceUnavailableException("Maintenance.",
				Duration.ofMillis(59_001));
		assertThat(exception.getHeaders()).containsExactly(Map.entry("Retry-After", "60"));
		assertThat(exception.getRetryAfter()).isEqualTo(Duration.ofMillis(59_001));
	}

	@Test
	void keepsCause() {
		IllegalStateException cause = new IllegalStateException("circuit open");
		ServiceUnavailableException exception = new ServiceUnavailableException("Payments unavailable.", cause);
		assertThat(exception.getCause()).isSameAs(cause);
		assertThat(exception.getRetryAfter()).isNull();
		assertThat(exception.getHeaders()).isEmpty();
	}

	@Test
	void rejectsNegativeRetryAfter() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ServiceUnavailableException("m", Duration.ofSeconds(-5)))
			.withMessage("'retryAfter' must not be negative");
	}

}

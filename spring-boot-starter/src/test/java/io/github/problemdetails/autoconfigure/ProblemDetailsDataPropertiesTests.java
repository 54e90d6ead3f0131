package io.github.problemdetails.autoconfigure;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link ProblemDetailsDataProperties}.
 */
class ProblemDetailsDataPropertiesTests {

	@Test
	void defaultsMatchTheContract() {
		ProblemDetailsDataProperties properties = PropertiesBinding.bind(new ProblemDetailsDataProperties(), Map.of());
		assertThat(properties.isEnabled()).isTrue();
		assertThat(properties.getRetryAfter()).isNull();
		assertThat(properties.getConditionalOptimisticLockStatus()).isEqualTo(409);
	}

	@Test
	void bindsEveryKey() {
		ProblemDetailsDataProperties properties = PropertiesBinding.bind(new ProblemDetailsDataProperties(),
				Map.of("problem-details.data.enabled", "false", "problem-details.data.retry-after", "30s",
						"problem-details.data.conditional-optimistic-lock-status", "412"));
		assertThat(properties.isEnabled()).isFalse();
		assertThat(properties.getRetryAfter()).isEqualTo(Duration.ofSeconds(30));
		assertThat(properties.getConditionalOptimisticLockStatus()).isEqualTo(412);
	}

	@Test
	void refusesANegativeRetryAfter() {
		assertThatExceptionOfType(InvalidConfigurationPropertyValueException.class)
			.isThrownBy(() -> PropertiesBinding.bind(new ProblemDetailsDataProperties(),
					Map.of("problem-details.data.retry-after", "-5s")))
			.satisfies((ex) -> {
				assertThat(ex.getName()).isEqualTo("problem-details.data.retry-after");
				assertThat(ex.getValue()).isEqualTo(Duration.ofSeconds(-5));
				assertThat(ex.getReason()).startsWith("Must not be negative.").contains("'30s'");
			});
	}

	@Test
	void refusesAConditionalLockStatusOtherThan409Or412() {
		assertThatExceptionOfType(InvalidConfigurationPropertyValueException.class)
			.isThrownBy(() -> PropertiesBinding.bind(new ProblemDetailsDataProperties(),
					Map.of("problem-details.data.conditional-optimistic-lock-status", "428")))
			.satisfies((ex) -> {
				assertThat(ex.getName()).isEqualTo("problem-details.data.conditional-optimistic-lock-status");
				assertThat(ex.getValue()).isEqualTo(428);
				assertThat(ex.getReason()).startsWith("Must be 409 or 412.");
			});
	}

}

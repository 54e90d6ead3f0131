package io.github.problemdetails.autoconfigure;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ProblemDetailsTracingProperties}.
 */
class ProblemDetailsTracingPropertiesTests {

	@Test
	void defaultsMatchTheContract() {
		ProblemDetailsTracingProperties properties = PropertiesBinding.bind(new ProblemDetailsTracingProperties(),
				Map.of());
		assertThat(properties.isEnabled()).isTrue();
		assertThat(properties.isRecordClientErrors()).isFalse();
	}

	@Test
	void bindsEveryKey() {
		ProblemDetailsTracingProperties properties = PropertiesBinding.bind(new ProblemDetailsTracingProperties(),
				Map.of("problem-details.tracing.enabled", "false", "problem-details.tracing.record-client-errors",
						"true"));
		assertThat(properties.isEnabled()).isFalse();
		assertThat(properties.isRecordClientErrors()).isTrue();
	}

}

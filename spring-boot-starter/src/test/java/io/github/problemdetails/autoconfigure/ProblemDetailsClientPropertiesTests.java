package io.github.problemdetails.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link ProblemDetailsClientProperties}.
 */
class ProblemDetailsClientPropertiesTests {

	@Test
	void defaultsMatchTheContract() {
		ProblemDetailsClientProperties properties = PropertiesBinding.bind(new ProblemDetailsClientProperties(),
				Map.of());
		assertThat(properties.isEnabled()).isTrue();
		assertThat(properties.getConnectionFailureStatus()).isEqualTo(502);
		assertThat(properties.isExposeUpstream()).isFalse();
		assertThat(properties.getPassthroughStatuses()).isEmpty();
		assertThat(properties.getMaxProblemSize()).isEqualTo(DataSize.ofKilobytes(64));
		assertThat(properties.isPropagateTraceContext()).isTrue();
	}

	@Test
	void bindsEveryKey() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("problem-details.client.enabled", "false");
		values.put("problem-details.client.connection-failure-status", "503");
		values.put("problem-details.client.expose-upstream", "true");
		values.put("problem-details.client.passthrough-statuses", "409,422");
		values.put("problem-details.client.forward-detail", "true");
		values.put("problem-details.client.forward-instance", "true");
		values.put("problem-details.client.forward-trace-id", "true");
		values.put("problem-details.client.max-problem-size", "8KB");
		values.put("problem-details.client.propagate-trace-context", "false");
		ProblemDetailsClientProperties properties = PropertiesBinding.bind(new ProblemDetailsClientProperties(),
				values);
		assertThat(properties.isEnabled()).isFalse();
		assertThat(properties.getConnectionFailureStatus()).isEqualTo(503);
		assertThat(properties.isExposeUpstream()).isTrue();
		assertThat(properties.getPassthroughStatuses()).containsExactly(409, 422);
		assertThat(properties.isForwardDetail()).isTrue();
		assertThat(properties.isForwardInstance()).isTrue();
		assertThat(properties.isForwardTraceId()).isTrue();
		assertThat(properties.getMaxProblemSize()).isEqualTo(DataSize.ofKilobytes(8));
		assertThat(properties.isPropagateTraceContext()).isFalse();
	}

	@Test
	void refusesAConnectionFailureStatusOtherThan502Or503() {
		assertThatExceptionOfType(InvalidConfigurationPropertyValueException.class)
			.isThrownBy(() -> PropertiesBinding.bind(new ProblemDetailsClientProperties(),
					Map.of("problem-details.client.connection-failure-status", "504")))
			.satisfies((ex) -> {
				assertThat(ex.getName()).isEqualTo("problem-details.client.connection-failure-status");
				assertThat(ex.getValue()).isEqualTo(504);
				assertThat(ex.getReason()).startsWith("Must be 502 or 503.");
			});
	}

	@Test
	void refusesAPassthroughStatusThatIsNoClientError() {
		assertThatExceptionOfType(InvalidConfigurationPropertyValueException.class)
			.isThrownBy(() -> PropertiesBinding.bind(new ProblemDetailsClientProperties(),
					Map.of("problem-details.client.passthrough-statuses", "409,503")))
			.satisfies((ex) -> {
				assertThat(ex.getName()).isEqualTo("problem-details.client.passthrough-statuses");
				assertThat(ex.getValue()).isEqualTo(503);
				assertThat(ex.getReason())
					.startsWith("Must list client error statuses from 400 to 499, and 503 is none.");
			});
	}

	@ParameterizedTest
	@ValueSource(strings = { "0B", "2MB" })
	void refusesAMaxProblemSizeOutOfRange(String size) {
		assertThatExceptionOfType(InvalidConfigurationPropertyValueException.class)
			.isThrownBy(() -> PropertiesBinding.bind(new ProblemDetailsClientProperties(),
					Map.of("problem-details.client.max-problem-size", size)))
			.satisfies((ex) -> {
				assertThat(ex.getName()).isEqualTo("problem-details.client.max-problem-size");
				assertThat(ex.getValue()).isEqualTo(DataSize.parse(size));
				assertThat(ex.getReason()).startsWith("Must be more than 0 and at most 1MB.");
			});
	}

}

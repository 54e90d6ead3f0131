package io.github.problemdetails.autoconfigure;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link ProblemDetailsSecurityProperties}.
 */
class ProblemDetailsSecurityPropertiesTests {

	@Test
	void defaultsMatchTheContract() {
		ProblemDetailsSecurityProperties properties = PropertiesBinding.bind(new ProblemDetailsSecurityProperties(),
				Map.of());
		assertThat(properties.isEnabled()).isTrue();
		assertThat(properties.getChallenge()).isNull();
	}

	@Test
	void bindsEveryKey() {
		ProblemDetailsSecurityProperties properties = PropertiesBinding.bind(new ProblemDetailsSecurityProperties(),
				Map.of("problem-details.security.enabled", "false", "problem-details.security.challenge",
						"Basic realm=\"orders\""));
		assertThat(properties.isEnabled()).isFalse();
		assertThat(properties.getChallenge()).isEqualTo("Basic realm=\"orders\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { " ", "Bearer\r\nSet-Cookie: a=b", "Bearer\nX: y" })
	void refusesAChallengeThatIsBlankOrSpansLines(String challenge) {
		assertThatExceptionOfType(InvalidConfigurationPropertyValueException.class)
			.isThrownBy(() -> PropertiesBinding.bind(new ProblemDetailsSecurityProperties(),
					Map.of("problem-details.security.challenge", challenge)))
			.satisfies((ex) -> {
				assertThat(ex.getName()).isEqualTo("problem-details.security.challenge");
				assertThat(ex.getValue()).isEqualTo(challenge);
				assertThat(ex.getReason()).startsWith("Must be a non-blank WWW-Authenticate challenge on one line.")
					.contains("'Basic realm=\"orders\"'");
			});
	}

}

package io.github.problemdetails.autoconfigure;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link InvalidProblemDetailsPropertyFailureAnalyzer}.
 */
class InvalidProblemDetailsPropertyFailureAnalyzerTests {

	@Test
	void namesThePropertyTheValueAndTheFix() {
		InvalidProblemDetailsPropertyException cause = new InvalidProblemDetailsPropertyException(
				"problem-details.validation-status", 418, "must be 400 or 422", "set it to 422 or 400.");
		FailureAnalysis analysis = new InvalidProblemDetailsPropertyFailureAnalyzer()
			.analyze(new BeanCreationException("problemDetailsMapper", "failed", cause));
		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription())
			.isEqualTo("Invalid value '418' for property 'problem-details.validation-status': must be 400 or 422");
		assertThat(analysis.getAction()).isEqualTo("Update 'problem-details.validation-status': set it to 422 or 400.");
		assertThat(analysis.getCause()).isSameAs(cause);
	}

	@Test
	void ignoresOtherFailures() {
		assertThat(new InvalidProblemDetailsPropertyFailureAnalyzer().analyze(new IllegalStateException("other")))
			.isNull();
	}

}

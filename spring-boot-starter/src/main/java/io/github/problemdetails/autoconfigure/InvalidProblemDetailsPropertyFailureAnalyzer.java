package io.github.problemdetails.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains an {@link InvalidProblemDetailsPropertyException} at startup: which property,
 * which value, and how to fix it.
 */
class InvalidProblemDetailsPropertyFailureAnalyzer
		extends AbstractFailureAnalyzer<InvalidProblemDetailsPropertyException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidProblemDetailsPropertyException cause) {
		return new FailureAnalysis(cause.getMessage(), "Update '" + cause.getProperty() + "': " + cause.getAction(),
				cause);
	}

}

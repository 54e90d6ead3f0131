package io.github.problemdetails.autoconfigure;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.assertj.ApplicationContextAssertProvider;
import org.springframework.core.NestedExceptionUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What stopped a test context from starting.
 */
final class StartupFailures {

	private StartupFailures() {
	}

	/**
	 * Assert that the context failed on a value that Spring Boot's own failure analyzer
	 * explains, and return that failure.
	 * @param context the context that should have failed
	 * @return the failure, naming the property, its value and the reason with the fix
	 */
	static InvalidConfigurationPropertyValueException invalidValue(ApplicationContextAssertProvider<?> context) {
		assertThat(context).hasFailed();
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure());
		assertThat(cause).isInstanceOf(InvalidConfigurationPropertyValueException.class);
		return (InvalidConfigurationPropertyValueException) cause;
	}

}

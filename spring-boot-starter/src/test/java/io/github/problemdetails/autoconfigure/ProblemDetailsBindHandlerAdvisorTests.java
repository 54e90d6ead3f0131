package io.github.problemdetails.autoconfigure;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.bind.handler.NoUnboundElementsBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Tests for {@link ProblemDetailsBindHandlerAdvisor}, around Spring Boot's own refusal of
 * unknown keys.
 */
class ProblemDetailsBindHandlerAdvisorTests {

	@Test
	void leavesEveryIntegrationSectionToItsOwnProperties() {
		assertThatNoException().isThrownBy(() -> bindRoot(Map.of("problem-details.security.challenge", "Basic",
				"problem-details.data.enabled", "false", "problem-details.client.forward-detail", "true",
				"problem-details.tracing.record-client-errors", "true", "problem-details.catalog.enabled", "true")));
	}

	@Test
	void keepsRefusingEveryOtherUnknownKey() {
		BindException failure = catchThrowableOfType(BindException.class,
				() -> bindRoot(Map.of("problem-details.security.challenge", "Basic", "problem-details.statuss", "1",
						"problem-details.include.trace", "true")));
		assertThat(failure.getCause()).isInstanceOfSatisfying(UnboundConfigurationPropertiesException.class,
				(unbound) -> assertThat(unbound.getUnboundProperties()).extracting(ConfigurationProperty::getName)
					.map(Object::toString)
					.containsExactly("problem-details.include.trace", "problem-details.statuss"));
	}

	@Test
	void handsUnbracketedClassNamesToThePropertiesChecks() {
		ProblemDetailsProperties properties = bindRoot(
				Map.of("problem-details.exceptions.java.util.concurrent.TimeoutException.status", "504"));
		assertThat(properties.getExceptions()).isEmpty();
		assertThat(catchThrowableOfType(RuntimeException.class, properties::afterPropertiesSet))
			.hasMessageContaining("problem-details.exceptions.java.util.concurrent.TimeoutException.status");
	}

	@Test
	void leavesOtherPrefixesAlone() {
		BindException failure = catchThrowableOfType(BindException.class,
				() -> new Binder(new MapConfigurationPropertySource(Map.of("problem-details.security.chalenge", "x")))
					.bind("problem-details.security", Bindable.ofInstance(new ProblemDetailsSecurityProperties()),
							handler()));
		assertThat(failure.getCause()).isInstanceOf(UnboundConfigurationPropertiesException.class);
	}

	private static ProblemDetailsProperties bindRoot(Map<String, String> values) {
		ProblemDetailsProperties properties = new ProblemDetailsProperties();
		new Binder(new MapConfigurationPropertySource(values)).bind("problem-details",
				Bindable.ofInstance(properties), handler());
		return properties;
	}

	// As Spring Boot builds it for properties that refuse unknown keys.
	private static BindHandler handler() {
		return new ProblemDetailsBindHandlerAdvisor().apply(new NoUnboundElementsBindHandler(BindHandler.DEFAULT));
	}

}

package io.github.problemdetails.autoconfigure;

import io.github.problemdetails.internal.data.DataAccessExceptionRules;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;

import static io.github.problemdetails.autoconfigure.StartupFailures.invalidValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ProblemDetailsDataAutoConfiguration}.
 */
class ProblemDetailsDataAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ProblemDetailsAutoConfiguration.class,
				ProblemDetailsDataAutoConfiguration.class, JacksonAutoConfiguration.class));

	@Test
	void providesDataAccessRulesInAServletWebApplication() {
		this.runner.run((context) -> assertThat(context).hasSingleBean(DataAccessExceptionRules.class)
			.hasBean("problemDetailsDataAccessRules"));
	}

	@Test
	void backsOffWhenUserDefinesRules() {
		this.runner.withUserConfiguration(UserRulesConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(DataAccessExceptionRules.class);
			assertThat(context).hasBean("customRules").doesNotHaveBean("problemDetailsDataAccessRules");
		});
	}

	@Test
	void isOffWhenProblemDetailsAreDisabled() {
		this.runner.withPropertyValues("problem-details.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(DataAccessExceptionRules.class));
	}

	@Test
	void isOffWhenDataIntegrationIsDisabled() {
		this.runner.withPropertyValues("problem-details.data.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(DataAccessExceptionRules.class));
	}

	@Test
	void isOffWithoutSpringDataAccess() {
		this.runner.withClassLoader(new FilteredClassLoader(DataAccessException.class))
			.run((context) -> assertThat(context).doesNotHaveBean(DataAccessExceptionRules.class));
	}

	@Test
	void isOffOutsideWebApplications() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ProblemDetailsDataAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(DataAccessExceptionRules.class));
	}

	@Test
	void failsOnConditionalLockStatusOtherThan409Or412() {
		this.runner.withPropertyValues("problem-details.data.conditional-optimistic-lock-status=428")
			.run((context) -> assertThat(invalidValue(context).getName())
				.isEqualTo("problem-details.data.conditional-optimistic-lock-status"));
	}

	@Test
	void failsOnNegativeRetryAfter() {
		this.runner.withPropertyValues("problem-details.data.retry-after=-5s")
			.run((context) -> assertThat(invalidValue(context).getName())
				.isEqualTo("problem-details.data.retry-after"));
	}

	@Configuration(proxyBeanMethods = false)
	static class UserRulesConfiguration {

		@Bean
		DataAccessExceptionRules customRules() {
			return new DataAccessExceptionRules(null, 412);
		}

	}

}

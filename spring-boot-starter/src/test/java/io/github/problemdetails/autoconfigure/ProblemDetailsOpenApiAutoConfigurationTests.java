package io.github.problemdetails.autoconfigure;

import io.github.problemdetails.internal.openapi.ProblemOperationCustomizer;
import io.github.problemdetails.internal.openapi.ProblemSchemas;
import org.junit.jupiter.api.Test;
import org.springdoc.core.customizers.GlobalOperationComponentsCustomizer;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ProblemDetailsOpenApiAutoConfiguration}.
 */
class ProblemDetailsOpenApiAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ProblemDetailsAutoConfiguration.class, JacksonAutoConfiguration.class,
				ProblemDetailsOpenApiAutoConfiguration.class));

	@Test
	void documentsProblemResponsesWithSpringdoc() {
		this.runner.run((context) -> assertThat(context).hasSingleBean(ProblemOperationCustomizer.class)
			.hasSingleBean(ProblemSchemas.class));
	}

	@Test
	void backsOffWithoutSpringdoc() {
		this.runner.withClassLoader(new FilteredClassLoader(GlobalOperationComponentsCustomizer.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(ProblemOperationCustomizer.class));
	}

	@Test
	void backsOffForAUserCustomizer() {
		this.runner.withBean("myCustomizer", ProblemOperationCustomizer.class,
				() -> new ProblemOperationCustomizer(null, new ProblemSchemas("traceId")))
			.run((context) -> assertThat(context).hasSingleBean(ProblemOperationCustomizer.class)
				.hasBean("myCustomizer"));
	}

	@Test
	void backsOffWhenProblemDetailsIsDisabled() {
		this.runner.withPropertyValues("problem-details.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(ProblemOperationCustomizer.class));
	}

}

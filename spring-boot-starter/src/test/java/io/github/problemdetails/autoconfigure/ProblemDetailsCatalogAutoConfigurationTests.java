package io.github.problemdetails.autoconfigure;

import java.net.URI;

import io.github.problemdetails.internal.catalog.ProblemCatalog;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import static io.github.problemdetails.autoconfigure.StartupFailures.invalidValue;
import static org.assertj.core.api.Assertions.assertThat;


/**
 * Tests for {@link ProblemDetailsCatalogAutoConfiguration}.
 */
class ProblemDetailsCatalogAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ProblemDetailsAutoConfiguration.class, JacksonAutoConfiguration.class,
				ProblemDetailsCatalogAutoConfiguration.class));

	@Test
	void notServedByDefault() {
		this.runner.run((context) -> assertThat(context).doesNotHaveBean(ProblemCatalog.class)
			.doesNotHaveBean("problemDetailsCatalogRoutes"));
	}

	@Test
	void notServedForAnAbsoluteTypeBaseUri() {
		this.runner.withPropertyValues("problem-details.type-base-uri=https://errors.example.com/")
			.run((context) -> assertThat(context).doesNotHaveBean(ProblemCatalog.class));
	}

	@Test
	void servedWhenTheTypeBaseUriIsAPathOfTheApplication() {
		this.runner.withPropertyValues("problem-details.type-base-uri=/problems/")
			.run((context) -> assertThat(context).hasSingleBean(ProblemCatalog.class)
				.hasBean("problemDetailsCatalogRoutes"));
	}

	@Test
	void servedWhenEnabled() {
		this.runner.withPropertyValues("problem-details.catalog.enabled=true")
			.run((context) -> assertThat(context).hasSingleBean(ProblemCatalog.class));
	}

	@Test
	void disabledWinsOverAPathTypeBaseUri() {
		this.runner.withPropertyValues("problem-details.type-base-uri=/problems/", "problem-details.catalog.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(ProblemCatalog.class));
	}

	@Test
	void notServedWhenProblemDetailsIsDisabled() {
		this.runner.withPropertyValues("problem-details.enabled=false", "problem-details.catalog.enabled=true")
			.run((context) -> assertThat(context).doesNotHaveBean(ProblemCatalog.class));
	}

	@Test
	void pathComesFromTheConfigurationThenTheTypeBaseUri() {
		assertThat(ProblemDetailsCatalogAutoConfiguration.catalogPath("/docs/errors", null)).isEqualTo("/docs/errors/");
		assertThat(ProblemDetailsCatalogAutoConfiguration.catalogPath(null, URI.create("/api/problems/")))
			.isEqualTo("/api/problems/");
		assertThat(ProblemDetailsCatalogAutoConfiguration.catalogPath(null,
				URI.create("https://errors.example.com/p/")))
			.isEqualTo("/problems/");
	}

	@Test
	void pathThatIsNoPlainPathFailsStartup() {
		this.runner
			.withPropertyValues("problem-details.catalog.enabled=true", "problem-details.catalog.path=problems/{slug}")
			.run((context) -> assertThat(invalidValue(context).getName()).isEqualTo("problem-details.catalog.path"));
	}

}

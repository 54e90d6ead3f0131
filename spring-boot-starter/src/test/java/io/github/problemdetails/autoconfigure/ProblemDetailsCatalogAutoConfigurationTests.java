package io.github.problemdetails.autoconfigure;

import java.net.URI;
import java.util.List;
import java.util.Set;

import io.github.problemdetails.internal.catalog.ProblemCatalog;
import io.github.problemdetails.internal.catalog.ProblemCatalogEndpoint;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.support.RouterFunctionMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static io.github.problemdetails.autoconfigure.StartupFailures.invalidValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ProblemDetailsCatalogAutoConfiguration}.
 */
class ProblemDetailsCatalogAutoConfigurationTests {

	private static final String APPLICATION_MAPPING = "requestMappingHandlerMapping";

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ProblemDetailsAutoConfiguration.class, JacksonAutoConfiguration.class,
				HttpMessageConvertersAutoConfiguration.class, WebMvcAutoConfiguration.class,
				ProblemDetailsCatalogAutoConfiguration.class));

	@Test
	void notServedByDefault() {
		this.runner.run((context) -> {
			assertThat(context).doesNotHaveBean(ProblemCatalog.class).doesNotHaveBean(ProblemCatalogEndpoint.class);
			assertThat(catalogPaths(context, APPLICATION_MAPPING)).isEmpty();
		});
	}

	@Test
	void notServedForAnAbsoluteTypeBaseUri() {
		this.runner.withPropertyValues("problem-details.type-base-uri=https://errors.example.com/")
			.run((context) -> assertThat(context).doesNotHaveBean(ProblemCatalog.class)
				.doesNotHaveBean(ProblemCatalogEndpoint.class));
	}

	@Test
	void servedWhenTheTypeBaseUriIsAPathOfTheApplication() {
		this.runner.withPropertyValues("problem-details.type-base-uri=/api/problems/").run((context) -> {
			assertThat(context).hasSingleBean(ProblemCatalog.class)
				.hasSingleBean(ProblemCatalogEndpoint.class)
				.hasBean("problemDetailsCatalogEndpoint");
			assertThat(catalogPaths(context, APPLICATION_MAPPING)).containsExactlyInAnyOrder("/api/problems/",
					"/api/problems", "/api/problems/{slug}");
		});
	}

	@Test
	void servedWhenEnabled() {
		this.runner.withPropertyValues("problem-details.catalog.enabled=true")
			.run((context) -> assertThat(catalogPaths(context, APPLICATION_MAPPING))
				.containsExactlyInAnyOrder("/problems/", "/problems", "/problems/{slug}"));
	}

	@Test
	void disabledWinsOverAPathTypeBaseUri() {
		this.runner.withPropertyValues("problem-details.type-base-uri=/problems/", "problem-details.catalog.enabled=false")
			.run((context) -> {
				assertThat(context).doesNotHaveBean(ProblemCatalog.class).doesNotHaveBean(ProblemCatalogEndpoint.class);
				assertThat(catalogPaths(context, APPLICATION_MAPPING)).isEmpty();
			});
	}

	@Test
	void notServedWhenProblemDetailsIsDisabled() {
		this.runner.withPropertyValues("problem-details.enabled=false", "problem-details.catalog.enabled=true")
			.run((context) -> assertThat(context).doesNotHaveBean(ProblemCatalog.class)
				.doesNotHaveBean(ProblemCatalogEndpoint.class));
	}

	// A RouterFunction bean would make Spring MVC's RouterFunctionMapping, asked first, read every request.
	@Test
	void requestsForOtherPathsNeverReachTheCatalogue() {
		this.runner.withPropertyValues("problem-details.catalog.enabled=true")
			.withUserConfiguration(OkController.class)
			.run((context) -> {
				assertThat(context).doesNotHaveBean(RouterFunction.class);
				assertThat(context.getBean(RouterFunctionMapping.class).getRouterFunction()).isNull();
				MockMvcTester mvc = MockMvcTester.from(context);
				assertThat(mvc.get().uri("/ok")).hasStatusOk()
					.hasBodyTextEqualTo("ok")
					.handler()
					.hasType(OkController.class);
				assertThat(mvc.get().uri("/problems/")).hasStatusOk().handler().hasType(ProblemCatalogEndpoint.class);
			});
	}

	@Test
	void servedByTheApplicationsMappingOnly() {
		this.runner.withPropertyValues("problem-details.catalog.enabled=true")
			.withUserConfiguration(OtherMappingConfiguration.class)
			.run((context) -> {
				assertThat(catalogPaths(context, APPLICATION_MAPPING)).hasSize(3);
				assertThat(catalogPaths(context, "otherHandlerMapping")).isEmpty();
			});
	}

	@Test
	void backsOffWhenTheUserDefinesTheEndpoint() {
		this.runner.withPropertyValues("problem-details.catalog.enabled=true")
			.withUserConfiguration(OwnEndpointConfiguration.class)
			.run((context) -> {
				assertThat(context).hasSingleBean(ProblemCatalogEndpoint.class).hasBean("ownCatalogEndpoint");
				assertThat(catalogPaths(context, APPLICATION_MAPPING)).containsExactlyInAnyOrder("/docs/errors/",
						"/docs/errors", "/docs/errors/{slug}");
			});
	}

	// Spring MVC could not choose between them for a request: refused at startup, where the fix can be named.
	@Test
	void controllerThatSpringMvcCannotTellFromTheCatalogueStopsStartup() {
		for (Class<?> controller : List.of(OwnListController.class, OwnTypeController.class)) {
			this.runner.withPropertyValues("problem-details.catalog.enabled=true")
				.withUserConfiguration(controller)
				.run((context) -> assertThat(context).getFailure()
					.hasMessageContaining("The problem type catalogue cannot be served at '/problems/'")
					.hasMessageContaining(controller.getSimpleName())
					.hasMessageContaining("Set 'problem-details.catalog.path' to another path, or "
							+ "'problem-details.catalog.enabled' to false."));
		}
	}

	// As between two controllers: the more specific path wins, and the catalogue answers what is left to it.
	@Test
	void controllerAtAMoreSpecificPathOrForOtherMethodsWins() {
		this.runner.withPropertyValues("problem-details.type-base-uri=/problems/")
			.withUserConfiguration(ArchiveController.class)
			.run((context) -> {
				MockMvcTester mvc = MockMvcTester.from(context);
				assertThat(mvc.get().uri("/problems/archive")).hasStatusOk().hasBodyTextEqualTo("archive");
				assertThat(mvc.post().uri("/problems/")).hasStatusOk().hasBodyTextEqualTo("reported");
				assertThat(mvc.get().uri("/problems/not-found")).hasStatusOk()
					.handler()
					.hasType(ProblemCatalogEndpoint.class);
				assertThat(mvc.get().uri("/problems/")).hasStatusOk().handler().hasType(ProblemCatalogEndpoint.class);
			});
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

	// The path patterns that the named mapping sends to the catalogue's handler methods.
	private static List<String> catalogPaths(AssertableWebApplicationContext context, String mappingName) {
		return context.getBean(mappingName, RequestMappingHandlerMapping.class)
			.getHandlerMethods()
			.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().getBeanType() == ProblemCatalogEndpoint.class)
			.map((entry) -> entry.getKey().getPatternValues())
			.flatMap(Set::stream)
			.toList();
	}

	@RestController
	static class OkController {

		@GetMapping("/ok")
		String ok() {
			return "ok";
		}

	}

	@RestController
	static class OwnListController {

		@GetMapping("/problems/")
		String catalogue() {
			return "own catalogue";
		}

	}

	@RestController
	static class OwnTypeController {

		@RequestMapping(path = "/problems/{id}", method = RequestMethod.HEAD)
		void type() {
		}

	}

	@RestController
	static class ArchiveController {

		@GetMapping("/problems/archive")
		String archive() {
			return "archive";
		}

		// No method declared: Spring MVC gives the methods the catalogue declares to the catalogue.
		@RequestMapping("/problems/")
		String report() {
			return "reported";
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Import(OkController.class)
	static class OtherMappingConfiguration {

		// Such as actuator's mapping of its controller endpoints: another mapping of the same type.
		@Bean
		RequestMappingHandlerMapping otherHandlerMapping() {
			return new RequestMappingHandlerMapping();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnEndpointConfiguration {

		@Bean
		ProblemCatalogEndpoint ownCatalogEndpoint(ProblemCatalog catalog,
				@Qualifier(APPLICATION_MAPPING) RequestMappingHandlerMapping handlerMapping) {
			return new ProblemCatalogEndpoint(catalog, "/docs/errors/", handlerMapping);
		}

	}

}

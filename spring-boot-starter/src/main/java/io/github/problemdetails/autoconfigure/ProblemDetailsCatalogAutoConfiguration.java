package io.github.problemdetails.autoconfigure;

import java.net.URI;

import io.github.problemdetails.internal.catalog.ProblemCatalog;
import io.github.problemdetails.internal.catalog.ProblemCatalogEndpoint;
import io.github.problemdetails.internal.catalog.ProblemExamples;
import io.github.problemdetails.internal.mapping.MappingSettings;
import io.github.problemdetails.internal.mapping.ProblemMapper;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Auto-configuration of the problem type catalogue: served at the type URIs when the type base
 * URI is a path of the application, or wherever {@code problem-details.catalog.path} says when
 * {@code problem-details.catalog.enabled} is set.
 */
@AutoConfiguration(after = ProblemDetailsAutoConfiguration.class,
		afterName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(ProblemMapper.class)
@Conditional(ProblemDetailsCatalogAutoConfiguration.OnCatalogCondition.class)
@EnableConfigurationProperties(ProblemDetailsCatalogProperties.class)
@Import(ProblemExamplesConfiguration.class)
public final class ProblemDetailsCatalogAutoConfiguration {

	static final String DEFAULT_PATH = "/problems/";

	// The handler methods are only asked for on the first request, when every mapping is registered.
	@Bean
	@ConditionalOnMissingBean
	ProblemCatalog problemDetailsCatalog(ProblemExamples examples, MappingSettings settings,
			ObjectProvider<RequestMappingHandlerMapping> handlerMappings) {
		return new ProblemCatalog(examples, settings.exceptionMappings(), () -> handlerMappings.orderedStream()
			.flatMap((mapping) -> mapping.getHandlerMethods().values().stream())
			.map(HandlerMethod::getMethod)
			.distinct()
			.toList());
	}

	// Spring MVC's mapping of the application's controllers, by name: others of its type (actuator's) may exist.
	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(name = "requestMappingHandlerMapping")
	ProblemCatalogEndpoint problemDetailsCatalogEndpoint(ProblemCatalog catalog,
			ProblemDetailsCatalogProperties properties, MappingSettings settings,
			@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlerMapping) {
		return new ProblemCatalogEndpoint(catalog, catalogPath(properties.getPath(), settings.typeBaseUri()),
				handlerMapping);
	}

	// The configured path was checked when bound; a type base URI's path is a plain path.
	static String catalogPath(@Nullable String configured, @Nullable URI typeBaseUri) {
		String path = configured;
		if (path == null || path.isBlank()) {
			path = (typeBaseUri != null && ProblemDetailsProperties.isApplicationPath(typeBaseUri))
					? typeBaseUri.getRawPath() : DEFAULT_PATH;
		}
		return path.endsWith("/") ? path : path + "/";
	}

	/**
	 * Matches when {@code problem-details.catalog.enabled} is true, or when it is not set and
	 * {@code problem-details.type-base-uri} is a path of the application.
	 */
	static class OnCatalogCondition extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			Binder binder = Binder.get(context.getEnvironment());
			Boolean enabled = binder.bind("problem-details.catalog.enabled", Boolean.class).orElse(null);
			if (enabled != null) {
				return new ConditionOutcome(enabled, "problem-details.catalog.enabled is " + enabled);
			}
			URI base = binder.bind("problem-details.type-base-uri", URI.class).orElse(null);
			boolean relative = base != null && ProblemDetailsProperties.isApplicationPath(base);
			return new ConditionOutcome(relative, "problem-details.type-base-uri "
					+ (relative ? "is a path of the application" : "is not a path of the application"));
		}

	}

}

package io.github.problemdetails.autoconfigure;

import java.net.URI;

import io.github.problemdetails.json.ProblemJsonWriter;
import io.github.problemdetails.logging.ProblemLogger;
import io.github.problemdetails.mapping.ExceptionRuleSet;
import io.github.problemdetails.mapping.MappingSettings;
import io.github.problemdetails.mapping.ProblemMapper;
import io.github.problemdetails.trace.TraceIdFilter;
import io.github.problemdetails.trace.TraceIdResolver;
import io.github.problemdetails.webmvc.ProblemDetailsControllerAdvice;
import io.github.problemdetails.webmvc.ProblemErrorController;
import io.github.problemdetails.webmvc.ProblemErrorReportValveCustomizer;
import io.github.problemdetails.webmvc.ProblemFilter;
import io.github.problemdetails.webmvc.ProblemResponseWriter;
import jakarta.servlet.DispatcherType;
import org.apache.catalina.valves.ErrorReportValve;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingFilterBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.SearchStrategy;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Auto-configuration that answers every failure of a servlet web application with an RFC 9457
 * problem: the mapping engine, the controller advice and the trace-ID filter.
 */
// Before Boot's error MVC configuration, so that its error controller backs off for ours.
@AutoConfiguration(afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
		beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ DispatcherServlet.class, JsonMapper.class })
@ConditionalOnBooleanProperty(name = "problem-details.enabled", matchIfMissing = true)
@EnableConfigurationProperties(ProblemDetailsProperties.class)
public final class ProblemDetailsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ProblemMapper problemDetailsMapper(ProblemDetailsProperties properties,
			ObjectProvider<ExceptionRuleSet> ruleSets) {
		return new ProblemMapper(mappingSettings(properties), ruleSets.orderedStream().toList());
	}

	@Bean
	@ConditionalOnMissingBean
	TraceIdResolver problemDetailsTraceIdResolver(ProblemDetailsProperties properties) {
		return new TraceIdResolver(properties.getTraceId().getRequestHeader());
	}

	@Bean
	@ConditionalOnMissingBean
	ProblemJsonWriter problemDetailsJsonWriter(ObjectProvider<JsonMapper> jsonMapper) {
		return new ProblemJsonWriter(jsonMapper.getIfAvailable(JsonMapper::shared));
	}

	@Bean
	@ConditionalOnMissingBean
	ProblemLogger problemDetailsLogger() {
		return new ProblemLogger();
	}

	@Bean
	@ConditionalOnMissingBean
	ProblemResponseWriter problemDetailsResponseWriter(ProblemMapper mapper, ProblemJsonWriter jsonWriter,
			ProblemLogger logger, TraceIdResolver traceIdResolver, ProblemDetailsProperties properties) {
		return new ProblemResponseWriter(mapper, jsonWriter, logger, traceIdResolver,
				properties.getTraceId().getResponseHeader());
	}

	// Named apart from Spring Boot's own "problemDetailsExceptionHandler" bean.
	@Bean
	@ConditionalOnMissingBean
	ProblemDetailsControllerAdvice problemDetailsControllerAdvice(ProblemResponseWriter writer) {
		return new ProblemDetailsControllerAdvice(writer);
	}

	@Bean
	@ConditionalOnMissingFilterBean(TraceIdFilter.class)
	FilterRegistrationBean<TraceIdFilter> problemDetailsTraceIdFilter(TraceIdResolver resolver,
			ProblemDetailsProperties properties) {
		FilterRegistrationBean<TraceIdFilter> registration = new FilterRegistrationBean<>(
				new TraceIdFilter(resolver, properties.getTraceId().getResponseHeader()));
		registration.setOrder(TraceIdFilter.ORDER);
		// The error dispatch of a failed request must show the same trace ID, in the MDC too.
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
		return registration;
	}

	/**
	 * Failures that never reach a controller: exceptions thrown in filters and whatever the
	 * servlet container dispatches to its error page.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(AbstractErrorController.class)
	@ConditionalOnBooleanProperty(name = "problem-details.error-endpoint.enabled", matchIfMissing = true)
	static class ErrorEndpointConfiguration {

		@Bean
		@ConditionalOnMissingFilterBean(ProblemFilter.class)
		FilterRegistrationBean<ProblemFilter> problemDetailsFilter(ProblemResponseWriter writer) {
			FilterRegistrationBean<ProblemFilter> registration = new FilterRegistrationBean<>(
					new ProblemFilter(writer));
			registration.setOrder(ProblemFilter.ORDER);
			registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
			return registration;
		}

		// Same search as Boot's own error controller, whose place this one takes.
		@Bean
		@ConditionalOnMissingBean(value = ErrorController.class, search = SearchStrategy.CURRENT)
		ProblemErrorController problemDetailsErrorController(ObjectProvider<ErrorAttributes> errorAttributes,
				ObjectProvider<ErrorViewResolver> errorViewResolvers, ProblemResponseWriter writer) {
			return new ProblemErrorController(errorAttributes.getIfAvailable(DefaultErrorAttributes::new),
					errorViewResolvers.orderedStream().toList(), writer);
		}

		@Configuration(proxyBeanMethods = false)
		@ConditionalOnClass({ ErrorReportValve.class, ConfigurableTomcatWebServerFactory.class })
		static class TomcatConfiguration {

			@Bean
			@ConditionalOnMissingBean
			ProblemErrorReportValveCustomizer problemDetailsErrorReportValveCustomizer(ProblemResponseWriter writer) {
				return new ProblemErrorReportValveCustomizer(writer);
			}

		}

	}

	private static MappingSettings mappingSettings(ProblemDetailsProperties properties) {
		int validationStatus = properties.getValidationStatus();
		if (validationStatus != 400 && validationStatus != 422) {
			throw new InvalidProblemDetailsPropertyException("problem-details.validation-status", validationStatus,
					"must be 400 or 422", "set it to 422 (the contract's default) or 400.");
		}
		URI typeBaseUri = properties.getTypeBaseUri();
		if (typeBaseUri != null && (!typeBaseUri.isAbsolute() || typeBaseUri.isOpaque())) {
			throw new InvalidProblemDetailsPropertyException("problem-details.type-base-uri", typeBaseUri,
					"must be an absolute hierarchical URI",
					"use a URI with a scheme and a path, such as 'https://errors.example.com/', or remove it to use 'about:blank'.");
		}
		return new MappingSettings(typeBaseUri, validationStatus);
	}

}

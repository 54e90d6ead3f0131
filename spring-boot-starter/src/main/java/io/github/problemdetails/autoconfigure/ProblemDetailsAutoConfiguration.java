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
import io.github.problemdetails.webmvc.ProblemResponseWriter;
import jakarta.servlet.DispatcherType;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingFilterBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Auto-configuration that answers every failure of a servlet web application with an RFC 9457
 * problem: the mapping engine, the controller advice and the trace-ID filter.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
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

package io.github.problemdetails.autoconfigure;

import java.util.LinkedHashSet;

import io.github.problemdetails.client.ProblemDetailsRestClientCustomizer;
import io.github.problemdetails.client.ProblemDetailsRestTemplateCustomizer;
import io.github.problemdetails.internal.client.TraceContextInterceptor;
import io.github.problemdetails.internal.client.UpstreamExceptionRules;
import io.github.problemdetails.internal.client.UpstreamPassthrough;
import io.github.problemdetails.internal.client.UpstreamProblemReader;
import io.github.problemdetails.internal.trace.TraceIdResolver;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.restclient.RestTemplateCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClientException;

/**
 * Auto-configuration that answers failed calls to upstream services through
 * {@code RestClient} or {@code RestTemplate} with 502, 503 or 504 problems (or the upstream's
 * own status, where configured), and makes Spring Boot's builders problem-aware.
 */
@AutoConfiguration(after = ProblemDetailsAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(RestClientException.class)
@ConditionalOnBooleanProperty(name = "problem-details.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "problem-details.client.enabled", matchIfMissing = true)
@EnableConfigurationProperties(ProblemDetailsClientProperties.class)
public final class ProblemDetailsRestClientAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	UpstreamExceptionRules problemDetailsUpstreamRules(ProblemDetailsClientProperties properties) {
		return new UpstreamExceptionRules(properties.getConnectionFailureStatus(), properties.isExposeUpstream(),
				new UpstreamPassthrough(new LinkedHashSet<>(properties.getPassthroughStatuses()),
						properties.isForwardDetail(), properties.isForwardInstance(), properties.isForwardTraceId()));
	}

	@Bean
	@ConditionalOnMissingBean
	UpstreamProblemReader problemDetailsUpstreamProblemReader(ProblemDetailsClientProperties properties) {
		return new UpstreamProblemReader((int) properties.getMaxProblemSize().toBytes());
	}

	/**
	 * Customizers of Spring Boot's {@code RestClient.Builder} and {@code RestTemplateBuilder}:
	 * typed upstream problems and trace-ID propagation.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(RestClientCustomizer.class)
	static class BuilderConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ProblemDetailsRestClientCustomizer problemDetailsRestClientCustomizer(UpstreamProblemReader reader,
				ProblemDetailsClientProperties properties, ObjectProvider<ProblemDetailsProperties> traceIdProperties) {
			return new ProblemDetailsRestClientCustomizer(reader,
					traceContextInterceptor(properties, traceIdProperties));
		}

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnClass(RestTemplateCustomizer.class)
		ProblemDetailsRestTemplateCustomizer problemDetailsRestTemplateCustomizer(UpstreamProblemReader reader,
				ProblemDetailsClientProperties properties, ObjectProvider<ProblemDetailsProperties> traceIdProperties) {
			return new ProblemDetailsRestTemplateCustomizer(reader,
					traceContextInterceptor(properties, traceIdProperties));
		}

		// The trace-ID keys are the core's: without its auto-configuration, their defaults.
		private static @Nullable TraceContextInterceptor traceContextInterceptor(
				ProblemDetailsClientProperties properties, ObjectProvider<ProblemDetailsProperties> traceIdProperties) {
			if (!properties.isPropagateTraceContext()) {
				return null;
			}
			// A trace ID that is no W3C ID goes out in the first plain request-ID header this service reads.
			String requestIdHeader = traceIdProperties.getIfAvailable(ProblemDetailsProperties::new)
				.getTraceId()
				.getRequestHeaders()
				.stream()
				.filter((name) -> !name.isBlank() && !TraceIdResolver.TRACEPARENT.equalsIgnoreCase(name))
				.findFirst()
				.orElse(null);
			return new TraceContextInterceptor(requestIdHeader);
		}

	}

}

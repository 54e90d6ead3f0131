package io.github.problemdetails.autoconfigure;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.problemdetails.client.ProblemDetailsRestClientCustomizer;
import io.github.problemdetails.client.ProblemDetailsRestTemplateCustomizer;
import io.github.problemdetails.internal.client.TraceContextInterceptor;
import io.github.problemdetails.internal.client.UpstreamExceptionRules;
import io.github.problemdetails.internal.client.UpstreamPassthrough;
import io.github.problemdetails.internal.client.UpstreamProblemReader;
import io.github.problemdetails.internal.trace.TraceIdResolver;
import org.jspecify.annotations.Nullable;

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
import org.springframework.util.unit.DataSize;
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
@EnableConfigurationProperties(ProblemDetailsProperties.class)
public final class ProblemDetailsRestClientAutoConfiguration {

	private static final String CLIENT = "problem-details.client.";

	// A problem is a few hundred bytes; past this the limit no longer protects memory.
	private static final DataSize MAX_PROBLEM_SIZE_LIMIT = DataSize.ofMegabytes(1);

	@Bean
	@ConditionalOnMissingBean
	UpstreamExceptionRules problemDetailsUpstreamRules(ProblemDetailsProperties properties) {
		ProblemDetailsProperties.Client client = properties.getClient();
		int connectionFailureStatus = client.getConnectionFailureStatus();
		if (connectionFailureStatus != 502 && connectionFailureStatus != 503) {
			throw new InvalidProblemDetailsPropertyException(CLIENT + "connection-failure-status",
					connectionFailureStatus, "must be 502 or 503",
					"set it to 502 (the contract's default) or 503 to answer an unreachable upstream with Service Unavailable.");
		}
		return new UpstreamExceptionRules(connectionFailureStatus, client.isExposeUpstream(),
				new UpstreamPassthrough(passthroughStatuses(client.getPassthroughStatuses()), client.isForwardDetail(),
						client.isForwardInstance(), client.isForwardTraceId()));
	}

	@Bean
	@ConditionalOnMissingBean
	UpstreamProblemReader problemDetailsUpstreamProblemReader(ProblemDetailsProperties properties) {
		DataSize size = properties.getClient().getMaxProblemSize();
		if (size.toBytes() <= 0 || size.compareTo(MAX_PROBLEM_SIZE_LIMIT) > 0) {
			throw new InvalidProblemDetailsPropertyException(CLIENT + "max-problem-size", size,
					"must be more than 0 and at most 1MB", "use a size such as 64KB (the default).");
		}
		return new UpstreamProblemReader((int) size.toBytes());
	}

	private static Set<Integer> passthroughStatuses(List<Integer> statuses) {
		for (Integer status : statuses) {
			// Contract: an upstream's server error is our 502; only its client errors may be the client's business.
			if (status == null || status < 400 || status > 499) {
				throw new InvalidProblemDetailsPropertyException(CLIENT + "passthrough-statuses", status,
						"must be a client error status from 400 to 499",
						"list upstream client errors such as 404, 409 or 422; upstream server errors always answer 502.");
			}
		}
		return new LinkedHashSet<>(statuses);
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
				ProblemDetailsProperties properties) {
			return new ProblemDetailsRestClientCustomizer(reader, traceContextInterceptor(properties));
		}

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnClass(RestTemplateCustomizer.class)
		ProblemDetailsRestTemplateCustomizer problemDetailsRestTemplateCustomizer(UpstreamProblemReader reader,
				ProblemDetailsProperties properties) {
			return new ProblemDetailsRestTemplateCustomizer(reader, traceContextInterceptor(properties));
		}

		private static @Nullable TraceContextInterceptor traceContextInterceptor(ProblemDetailsProperties properties) {
			if (!properties.getClient().isPropagateTraceContext()) {
				return null;
			}
			// A trace ID that is no W3C ID goes out in the first plain request-ID header this service reads.
			String requestIdHeader = properties.getTraceId()
				.getRequestHeaders()
				.stream()
				.filter((name) -> !name.isBlank() && !TraceIdResolver.TRACEPARENT.equalsIgnoreCase(name))
				.findFirst()
				.orElse(null);
			return new TraceContextInterceptor(requestIdHeader);
		}

	}

}

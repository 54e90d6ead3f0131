package io.github.problemdetails.autoconfigure;

import io.github.problemdetails.internal.trace.MicrometerCurrentTraceId;
import io.github.problemdetails.internal.trace.ObservationErrorRecorder;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * Auto-configuration that makes the trace ID of every problem the current span's, when
 * Micrometer Tracing (Brave or the OpenTelemetry bridge) is configured, and records answered
 * failures on the request's observation so that the span is marked failed.
 * <p>
 * The trace-ID filter runs right after Spring Boot's observation filter, when the request's
 * span is already current.
 */
// After Boot's tracing auto-configuration, which comes after the Brave and OpenTelemetry ones: the Tracer bean
// must be known for the condition below.
@AutoConfiguration(
		afterName = "org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(Tracer.class)
@ConditionalOnBean(Tracer.class)
@ConditionalOnBooleanProperty(name = "problem-details.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "problem-details.tracing.enabled", matchIfMissing = true)
@EnableConfigurationProperties(ProblemDetailsTracingProperties.class)
public final class ProblemDetailsTracingAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	MicrometerCurrentTraceId problemDetailsCurrentTraceId(Tracer tracer) {
		return new MicrometerCurrentTraceId(tracer);
	}

	@Bean
	@ConditionalOnMissingBean
	ObservationErrorRecorder problemDetailsObservationErrorRecorder(ProblemDetailsTracingProperties properties,
			ObjectProvider<ObservationRegistry> registry) {
		return new ObservationErrorRecorder(registry.getIfAvailable(() -> ObservationRegistry.NOOP),
				properties.isRecordClientErrors(), ServerHttpObservationFilter.CURRENT_OBSERVATION_CONTEXT_ATTRIBUTE);
	}

}

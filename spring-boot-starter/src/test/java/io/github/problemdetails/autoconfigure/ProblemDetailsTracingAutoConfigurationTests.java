package io.github.problemdetails.autoconfigure;

import java.util.Map;

import io.github.problemdetails.internal.trace.MicrometerCurrentTraceId;
import io.github.problemdetails.internal.trace.ObservationErrorRecorder;
import io.github.problemdetails.internal.trace.TraceIdResolver;
import io.micrometer.tracing.Tracer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ProblemDetailsTracingAutoConfiguration}; the wire behaviour with a real tracer is in
 * {@code OpenTelemetryTracingIntegrationTests}.
 */
class ProblemDetailsTracingAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ProblemDetailsAutoConfiguration.class,
				ProblemDetailsTracingAutoConfiguration.class, JacksonAutoConfiguration.class));

	@Test
	void readsTheCurrentSpanWhenATracerIsDefined() {
		this.runner.withUserConfiguration(TracerConfiguration.class)
			.run((context) -> assertThat(context).hasSingleBean(MicrometerCurrentTraceId.class)
				.hasSingleBean(ObservationErrorRecorder.class)
				.hasBean("problemDetailsCurrentTraceId"));
	}

	@Test
	void noopTracerLeavesTheHeaderFallback() {
		this.runner.withUserConfiguration(TracerConfiguration.class).run((context) -> {
			TraceIdResolver resolver = context.getBean(TraceIdResolver.class);
			assertThat(resolver.resolve(Map.of("X-Request-Id", "caller-1"), Map::get)).isEqualTo("caller-1");
		});
	}

	@Test
	void isOffWithoutATracerBean() {
		this.runner.run((context) -> assertThat(context).doesNotHaveBean(MicrometerCurrentTraceId.class)
			.doesNotHaveBean(ObservationErrorRecorder.class));
	}

	@Test
	void isOffWithoutMicrometerTracing() {
		this.runner.withUserConfiguration(TracerConfiguration.class)
			.withClassLoader(new FilteredClassLoader(Tracer.class))
			.run((context) -> assertThat(context).doesNotHaveBean(MicrometerCurrentTraceId.class));
	}

	@Test
	void isOffWhenDisabled() {
		this.runner.withUserConfiguration(TracerConfiguration.class)
			.withPropertyValues("problem-details.tracing.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(MicrometerCurrentTraceId.class)
				.doesNotHaveBean(ObservationErrorRecorder.class));
	}

	@Test
	void isOffWhenProblemDetailsAreDisabled() {
		this.runner.withUserConfiguration(TracerConfiguration.class)
			.withPropertyValues("problem-details.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(MicrometerCurrentTraceId.class));
	}

	@Configuration(proxyBeanMethods = false)
	static class TracerConfiguration {

		@Bean
		Tracer tracer() {
			return Tracer.NOOP;
		}

	}

}

package io.github.problemdetails.autoconfigure;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ProblemDetailsProperties}.
 */
class ProblemDetailsPropertiesTests {

	@Test
	void defaultsMatchTheContract() {
		ProblemDetailsProperties properties = new ProblemDetailsProperties();
		assertThat(properties.isEnabled()).isTrue();
		assertThat(properties.getTypeBaseUri()).isNull();
		assertThat(properties.getValidationStatus()).isEqualTo(422);
		assertThat(properties.getTraceId().getResponseHeader()).isEqualTo("X-Trace-Id");
		assertThat(properties.getTraceId().getRequestHeaders()).containsExactly("traceparent", "X-Request-Id");
	}

	@Test
	void bindsEveryKey() {
		ProblemDetailsProperties properties = bind(Map.of("problem-details.enabled", "false",
				"problem-details.type-base-uri", "https://errors.example.com/", "problem-details.validation-status",
				"400", "problem-details.trace-id.response-header", "X-Correlation-Id",
				"problem-details.trace-id.request-headers", "X-Correlation-Id"));
		assertThat(properties.isEnabled()).isFalse();
		assertThat(properties.getTypeBaseUri()).isEqualTo(URI.create("https://errors.example.com/"));
		assertThat(properties.getValidationStatus()).isEqualTo(400);
		assertThat(properties.getTraceId().getResponseHeader()).isEqualTo("X-Correlation-Id");
		assertThat(properties.getTraceId().getRequestHeaders()).containsExactly("X-Correlation-Id");
	}

	private static ProblemDetailsProperties bind(Map<String, String> values) {
		Binder binder = new Binder(new MapConfigurationPropertySource(values));
		return binder.bind("problem-details", Bindable.ofInstance(new ProblemDetailsProperties())).get();
	}

}

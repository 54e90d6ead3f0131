package io.github.problemdetails.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.problemdetails.mapping.ViolationLocation;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.logging.LogLevel;

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

	@Test
	void bindsEveryGroup() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("problem-details.titles[404]", "Nothing here");
		values.put("problem-details.extensions.service", "orders");
		values.put("problem-details.expose-client-error-messages", "true");
		values.put("problem-details.exceptions[java.lang.IllegalStateException].status", "409");
		values.put("problem-details.exceptions[java.lang.IllegalStateException].type", "state-conflict");
		values.put("problem-details.exceptions[java.lang.IllegalStateException].title", "State conflict");
		values.put("problem-details.exceptions[java.lang.IllegalStateException].detail", "Try again later.");
		values.put("problem-details.exceptions[java.lang.IllegalStateException].code", "STATE_CONFLICT");
		values.put("problem-details.exceptions[java.lang.IllegalStateException].log-level", "info");
		values.put("problem-details.exceptions[java.lang.IllegalStateException].expose-message", "true");
		values.put("problem-details.include.instance", "false");
		values.put("problem-details.include.timestamp", "true");
		values.put("problem-details.validation.include-rejected-values", "true");
		values.put("problem-details.validation.location", "field");
		values.put("problem-details.logging.levels.4xx", "warn");
		values.put("problem-details.logging.levels.404", "off");
		values.put("problem-details.logging.stack-traces.5xx", "false");
		values.put("problem-details.logging.repeat-window", "1m");
		values.put("problem-details.trace-id.member", "correlationId");
		values.put("problem-details.trace-id.mdc-key", "requestId");
		values.put("problem-details.error-endpoint.enabled", "false");
		ProblemDetailsProperties properties = bind(values);
		assertThat(properties.getTitles()).containsEntry(404, "Nothing here");
		assertThat(properties.getExtensions()).containsEntry("service", "orders");
		assertThat(properties.isExposeClientErrorMessages()).isTrue();
		ProblemDetailsProperties.ExceptionMapping mapping = properties.getExceptions()
			.get("java.lang.IllegalStateException");
		assertThat(mapping.getStatus()).isEqualTo(409);
		assertThat(mapping.getType()).isEqualTo("state-conflict");
		assertThat(mapping.getTitle()).isEqualTo("State conflict");
		assertThat(mapping.getDetail()).isEqualTo("Try again later.");
		assertThat(mapping.getCode()).isEqualTo("STATE_CONFLICT");
		assertThat(mapping.getLogLevel()).isEqualTo(LogLevel.INFO);
		assertThat(mapping.isExposeMessage()).isTrue();
		assertThat(properties.getInclude().isInstance()).isFalse();
		assertThat(properties.getInclude().isTimestamp()).isTrue();
		assertThat(properties.getValidation().isIncludeRejectedValues()).isTrue();
		assertThat(properties.getValidation().getLocation()).isEqualTo(ViolationLocation.FIELD);
		assertThat(properties.getLogging().getLevels()).containsEntry("4xx", LogLevel.WARN)
			.containsEntry("404", LogLevel.OFF);
		assertThat(properties.getLogging().getStackTraces()).containsEntry("5xx", false);
		assertThat(properties.getLogging().getRepeatWindow()).isEqualTo(Duration.ofMinutes(1));
		assertThat(properties.getTraceId().getMember()).isEqualTo("correlationId");
		assertThat(properties.getTraceId().getMdcKey()).isEqualTo("requestId");
		assertThat(properties.getErrorEndpoint().isEnabled()).isFalse();
	}

	private static ProblemDetailsProperties bind(Map<String, String> values) {
		Binder binder = new Binder(new MapConfigurationPropertySource(values));
		return binder.bind("problem-details", Bindable.ofInstance(new ProblemDetailsProperties())).get();
	}

}

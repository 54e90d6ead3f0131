package io.github.problemdetails.autoconfigure;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the Micrometer Tracing integration, under the
 * {@code problem-details.tracing} prefix.
 */
@ConfigurationProperties(prefix = ProblemDetailsTracingProperties.PREFIX, ignoreUnknownFields = false)
public class ProblemDetailsTracingProperties {

	static final String PREFIX = "problem-details.tracing";

	/**
	 * Whether the trace ID is the current span's when Micrometer Tracing is present, and
	 * failures are recorded on the request's observation.
	 */
	private boolean enabled = true;

	/**
	 * Whether client errors (4xx) are recorded on the request's observation as errors too;
	 * by default only server errors are, as OpenTelemetry's HTTP conventions ask.
	 */
	private boolean recordClientErrors;

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public boolean isRecordClientErrors() {
		return this.recordClientErrors;
	}

	public void setRecordClientErrors(boolean recordClientErrors) {
		this.recordClientErrors = recordClientErrors;
	}

}

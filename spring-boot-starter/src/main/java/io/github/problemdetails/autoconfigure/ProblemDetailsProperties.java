package io.github.problemdetails.autoconfigure;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of problem-details, under the {@code problem-details} prefix.
 */
@ConfigurationProperties("problem-details")
public class ProblemDetailsProperties {

	/**
	 * Whether to answer failures with RFC 9457 problem details.
	 */
	private boolean enabled = true;

	/**
	 * Absolute URI that problem type slugs are appended to, such as
	 * "https://errors.example.com/". When not set, every problem has the type "about:blank".
	 */
	private @Nullable URI typeBaseUri;

	/**
	 * HTTP status of validation failures: 422 (Unprocessable Content) or 400 (Bad Request).
	 */
	private int validationStatus = 422;

	private final TraceId traceId = new TraceId();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public @Nullable URI getTypeBaseUri() {
		return this.typeBaseUri;
	}

	public void setTypeBaseUri(@Nullable URI typeBaseUri) {
		this.typeBaseUri = typeBaseUri;
	}

	public int getValidationStatus() {
		return this.validationStatus;
	}

	public void setValidationStatus(int validationStatus) {
		this.validationStatus = validationStatus;
	}

	public TraceId getTraceId() {
		return this.traceId;
	}

	/**
	 * Trace ID of each request, returned in the body as "traceId".
	 */
	public static class TraceId {

		/**
		 * Response header that returns the trace ID to the caller; empty for none.
		 */
		private String responseHeader = "X-Trace-Id";

		/**
		 * Request header with a caller's request ID, used when no valid "traceparent" header
		 * is present; empty to read none.
		 */
		private String requestHeader = "X-Request-Id";

		public String getResponseHeader() {
			return this.responseHeader;
		}

		public void setResponseHeader(String responseHeader) {
			this.responseHeader = responseHeader;
		}

		public String getRequestHeader() {
			return this.requestHeader;
		}

		public void setRequestHeader(String requestHeader) {
			this.requestHeader = requestHeader;
		}

	}

}

package io.github.problemdetails.autoconfigure;

import java.net.URI;
import java.time.Duration;

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

	private final ErrorEndpoint errorEndpoint = new ErrorEndpoint();

	private final Security security = new Security();

	private final Data data = new Data();

	private final Client client = new Client();

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

	public ErrorEndpoint getErrorEndpoint() {
		return this.errorEndpoint;
	}

	public Security getSecurity() {
		return this.security;
	}

	public Data getData() {
		return this.data;
	}

	public Client getClient() {
		return this.client;
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

	/**
	 * Error dispatches of the servlet container.
	 */
	public static class ErrorEndpoint {

		/**
		 * Whether to answer the container's error dispatches (exceptions thrown in filters,
		 * "sendError" calls, container rejections) with problem details.
		 */
		private boolean enabled = true;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

	}

	/**
	 * Spring Security integration.
	 */
	public static class Security {

		/**
		 * Whether to answer Spring Security's 401 and 403 with problem details.
		 */
		private boolean enabled = true;

		/**
		 * Challenge sent in the "WWW-Authenticate" header of 401 answers, such as
		 * 'Basic realm="orders"' or "Bearer".
		 */
		private String challenge = "Bearer";

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public String getChallenge() {
			return this.challenge;
		}

		public void setChallenge(String challenge) {
			this.challenge = challenge;
		}

	}

	/**
	 * Spring data-access exceptions.
	 */
	public static class Data {

		/**
		 * Whether to map Spring's data-access exceptions (duplicate keys, optimistic locking,
		 * transient failures).
		 */
		private boolean enabled = true;

		/**
		 * Retry-After of 503 answers to transient data-access failures; none is sent when not
		 * set.
		 */
		private @Nullable Duration retryAfter;

		/**
		 * Status of an optimistic-locking failure when the request was conditional (If-Match or
		 * If-Unmodified-Since): 409 or 412.
		 */
		private int conditionalOptimisticLockStatus = 409;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public @Nullable Duration getRetryAfter() {
			return this.retryAfter;
		}

		public void setRetryAfter(@Nullable Duration retryAfter) {
			this.retryAfter = retryAfter;
		}

		public int getConditionalOptimisticLockStatus() {
			return this.conditionalOptimisticLockStatus;
		}

		public void setConditionalOptimisticLockStatus(int conditionalOptimisticLockStatus) {
			this.conditionalOptimisticLockStatus = conditionalOptimisticLockStatus;
		}

	}

	/**
	 * Failures of calls to upstream services through RestClient or RestTemplate.
	 */
	public static class Client {

		/**
		 * Whether to map failures of upstream calls (502 for errors and unusable answers, 504
		 * for timeouts).
		 */
		private boolean enabled = true;

		/**
		 * Status when an upstream cannot be reached at all (connection refused, unknown host):
		 * 502 or 503.
		 */
		private int connectionFailureStatus = 502;

		/**
		 * Whether the detail names the upstream host that failed.
		 */
		private boolean exposeUpstream;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public int getConnectionFailureStatus() {
			return this.connectionFailureStatus;
		}

		public void setConnectionFailureStatus(int connectionFailureStatus) {
			this.connectionFailureStatus = connectionFailureStatus;
		}

		public boolean isExposeUpstream() {
			return this.exposeUpstream;
		}

		public void setExposeUpstream(boolean exposeUpstream) {
			this.exposeUpstream = exposeUpstream;
		}

	}

}

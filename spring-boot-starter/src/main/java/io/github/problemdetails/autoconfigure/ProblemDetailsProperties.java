package io.github.problemdetails.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.problemdetails.mapping.ViolationLocation;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.logging.LogLevel;
import org.springframework.util.unit.DataSize;

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

	/**
	 * Titles by HTTP status, used where an exception or mapping gives none and the type is
	 * not "about:blank".
	 */
	private Map<Integer, String> titles = new LinkedHashMap<>();

	/**
	 * Extension members added to every problem, such as "service: orders". They never
	 * replace a standard member or one that the problem already has.
	 */
	private Map<String, String> extensions = new LinkedHashMap<>();

	/**
	 * Whether the messages of client-error (4xx) exceptions that are neither typed problem
	 * exceptions nor mapped with "expose-message" are shown as "detail". Server-error messages
	 * are never shown.
	 */
	private boolean exposeClientErrorMessages;

	/**
	 * Mappings of exception classes, keyed by fully qualified class name in brackets, such as
	 * "[com.example.CardDeclinedException]". A mapping applies to subclasses and
	 * implementations that have no mapping of their own.
	 */
	private Map<String, ExceptionMapping> exceptions = new LinkedHashMap<>();

	private final Include include = new Include();

	private final Validation validation = new Validation();

	private final Logging logging = new Logging();

	private final TraceId traceId = new TraceId();

	private final Tracing tracing = new Tracing();

	private final ErrorEndpoint errorEndpoint = new ErrorEndpoint();

	private final Security security = new Security();

	private final Data data = new Data();

	private final Client client = new Client();

	private final Catalog catalog = new Catalog();

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

	public Map<Integer, String> getTitles() {
		return this.titles;
	}

	public void setTitles(Map<Integer, String> titles) {
		this.titles = titles;
	}

	public Map<String, String> getExtensions() {
		return this.extensions;
	}

	public void setExtensions(Map<String, String> extensions) {
		this.extensions = extensions;
	}

	public boolean isExposeClientErrorMessages() {
		return this.exposeClientErrorMessages;
	}

	public void setExposeClientErrorMessages(boolean exposeClientErrorMessages) {
		this.exposeClientErrorMessages = exposeClientErrorMessages;
	}

	public Map<String, ExceptionMapping> getExceptions() {
		return this.exceptions;
	}

	public void setExceptions(Map<String, ExceptionMapping> exceptions) {
		this.exceptions = exceptions;
	}

	public Include getInclude() {
		return this.include;
	}

	public Validation getValidation() {
		return this.validation;
	}

	public Logging getLogging() {
		return this.logging;
	}

	public TraceId getTraceId() {
		return this.traceId;
	}

	public Tracing getTracing() {
		return this.tracing;
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

	public Catalog getCatalog() {
		return this.catalog;
	}

	/**
	 * Mapping of one exception class.
	 */
	public static class ExceptionMapping {

		/**
		 * HTTP status, 400 to 599; when not set, the status the exception would have without
		 * this mapping.
		 */
		private @Nullable Integer status;

		/**
		 * Type slug appended to the type base URI, or an absolute type URI.
		 */
		private @Nullable String type;

		/**
		 * Title of the problem type.
		 */
		private @Nullable String title;

		/**
		 * Fixed detail sent for every occurrence.
		 */
		private @Nullable String detail;

		/**
		 * Machine-readable error code, in UPPER_SNAKE_CASE.
		 */
		private @Nullable String code;

		/**
		 * Level at which occurrences are logged; when not set, the level of their status.
		 */
		private @Nullable LogLevel logLevel;

		/**
		 * Whether the exception's message is shown as "detail" (only ever for a 4xx status).
		 */
		private boolean exposeMessage;

		public @Nullable Integer getStatus() {
			return this.status;
		}

		public void setStatus(@Nullable Integer status) {
			this.status = status;
		}

		public @Nullable String getType() {
			return this.type;
		}

		public void setType(@Nullable String type) {
			this.type = type;
		}

		public @Nullable String getTitle() {
			return this.title;
		}

		public void setTitle(@Nullable String title) {
			this.title = title;
		}

		public @Nullable String getDetail() {
			return this.detail;
		}

		public void setDetail(@Nullable String detail) {
			this.detail = detail;
		}

		public @Nullable String getCode() {
			return this.code;
		}

		public void setCode(@Nullable String code) {
			this.code = code;
		}

		public @Nullable LogLevel getLogLevel() {
			return this.logLevel;
		}

		public void setLogLevel(@Nullable LogLevel logLevel) {
			this.logLevel = logLevel;
		}

		public boolean isExposeMessage() {
			return this.exposeMessage;
		}

		public void setExposeMessage(boolean exposeMessage) {
			this.exposeMessage = exposeMessage;
		}

	}

	/**
	 * Standard members that may be left out or added.
	 */
	public static class Include {

		/**
		 * Whether problems carry the request path as "instance".
		 */
		private boolean instance = true;

		/**
		 * Whether problems carry the time of the failure as "timestamp" (ISO-8601, UTC).
		 */
		private boolean timestamp;

		public boolean isInstance() {
			return this.instance;
		}

		public void setInstance(boolean instance) {
			this.instance = instance;
		}

		public boolean isTimestamp() {
			return this.timestamp;
		}

		public void setTimestamp(boolean timestamp) {
			this.timestamp = timestamp;
		}

	}

	/**
	 * Validation problems.
	 */
	public static class Validation {

		/**
		 * Whether each violation shows the rejected value; never for fields whose name looks
		 * secret (password, token, secret, key).
		 */
		private boolean includeRejectedValues;

		/**
		 * How a violation of the request body locates the field: a JSON pointer ("pointer"),
		 * the property path ("field"), or both.
		 */
		private ViolationLocation location = ViolationLocation.BOTH;

		public boolean isIncludeRejectedValues() {
			return this.includeRejectedValues;
		}

		public void setIncludeRejectedValues(boolean includeRejectedValues) {
			this.includeRejectedValues = includeRejectedValues;
		}

		public ViolationLocation getLocation() {
			return this.location;
		}

		public void setLocation(ViolationLocation location) {
			this.location = location;
		}

	}

	/**
	 * Logging of failures.
	 */
	public static class Logging {

		/**
		 * Log levels by status class ("4xx", "5xx") or status ("404"); a status wins over its
		 * class. Defaults: 4xx at DEBUG, 5xx at ERROR.
		 */
		private Map<String, LogLevel> levels = new LinkedHashMap<>();

		/**
		 * Whether stack traces are logged, by status class ("4xx", "5xx"). Defaults: 4xx
		 * without, 5xx with.
		 */
		private Map<String, Boolean> stackTraces = new LinkedHashMap<>();

		/**
		 * Time after a failure's stack trace is logged during which the same failure (exception
		 * classes and the frames that threw them) is logged in one line that names the trace ID
		 * of the full log; 0 logs every stack trace.
		 */
		private Duration repeatWindow = Duration.ZERO;

		public Map<String, LogLevel> getLevels() {
			return this.levels;
		}

		public void setLevels(Map<String, LogLevel> levels) {
			this.levels = levels;
		}

		public Map<String, Boolean> getStackTraces() {
			return this.stackTraces;
		}

		public void setStackTraces(Map<String, Boolean> stackTraces) {
			this.stackTraces = stackTraces;
		}

		public Duration getRepeatWindow() {
			return this.repeatWindow;
		}

		public void setRepeatWindow(Duration repeatWindow) {
			this.repeatWindow = repeatWindow;
		}

	}

	/**
	 * Trace ID of each request.
	 */
	public static class TraceId {

		/**
		 * Request headers read for an incoming trace ID, in order; "traceparent" is read as
		 * W3C Trace Context, any other header as a plain request ID.
		 */
		private List<String> requestHeaders = new ArrayList<>(List.of("traceparent", "X-Request-Id"));

		/**
		 * Response header that returns the trace ID to the caller; empty for none.
		 */
		private String responseHeader = "X-Trace-Id";

		/**
		 * Name of the trace-ID member of the problem body.
		 */
		private String member = "traceId";

		/**
		 * Key of the trace ID in the logging MDC.
		 */
		private String mdcKey = "traceId";

		public List<String> getRequestHeaders() {
			return this.requestHeaders;
		}

		public void setRequestHeaders(List<String> requestHeaders) {
			this.requestHeaders = requestHeaders;
		}

		public String getResponseHeader() {
			return this.responseHeader;
		}

		public void setResponseHeader(String responseHeader) {
			this.responseHeader = responseHeader;
		}

		public String getMember() {
			return this.member;
		}

		public void setMember(String member) {
			this.member = member;
		}

		public String getMdcKey() {
			return this.mdcKey;
		}

		public void setMdcKey(String mdcKey) {
			this.mdcKey = mdcKey;
		}

	}

	/**
	 * Micrometer Tracing integration.
	 */
	public static class Tracing {

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

		/**
		 * Upstream statuses (400 to 499) whose problems reach the client with that status and
		 * the upstream's type, code and field errors, instead of a 502.
		 */
		private List<Integer> passthroughStatuses = new ArrayList<>();

		/**
		 * Whether a passed-through problem keeps the upstream's "detail".
		 */
		private boolean forwardDetail;

		/**
		 * Whether a passed-through problem carries the upstream's "instance" as
		 * "upstreamInstance".
		 */
		private boolean forwardInstance;

		/**
		 * Whether a passed-through problem carries the upstream's trace ID as
		 * "upstreamTraceId".
		 */
		private boolean forwardTraceId;

		/**
		 * Largest upstream problem body read; a longer one is treated as an unusable answer.
		 */
		private DataSize maxProblemSize = DataSize.ofKilobytes(64);

		/**
		 * Whether calls through Spring Boot's RestClient and RestTemplate builders carry the
		 * request's trace ID as W3C "traceparent" when no tracing library sets it.
		 */
		private boolean propagateTraceContext = true;

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

		public List<Integer> getPassthroughStatuses() {
			return this.passthroughStatuses;
		}

		public void setPassthroughStatuses(List<Integer> passthroughStatuses) {
			this.passthroughStatuses = passthroughStatuses;
		}

		public boolean isForwardDetail() {
			return this.forwardDetail;
		}

		public void setForwardDetail(boolean forwardDetail) {
			this.forwardDetail = forwardDetail;
		}

		public boolean isForwardInstance() {
			return this.forwardInstance;
		}

		public void setForwardInstance(boolean forwardInstance) {
			this.forwardInstance = forwardInstance;
		}

		public boolean isForwardTraceId() {
			return this.forwardTraceId;
		}

		public void setForwardTraceId(boolean forwardTraceId) {
			this.forwardTraceId = forwardTraceId;
		}

		public DataSize getMaxProblemSize() {
			return this.maxProblemSize;
		}

		public void setMaxProblemSize(DataSize maxProblemSize) {
			this.maxProblemSize = maxProblemSize;
		}

		public boolean isPropagateTraceContext() {
			return this.propagateTraceContext;
		}

		public void setPropagateTraceContext(boolean propagateTraceContext) {
			this.propagateTraceContext = propagateTraceContext;
		}

	}

	/**
	 * Catalogue of the problem types that the application answers with, served at its type
	 * URIs.
	 */
	public static class Catalog {

		/**
		 * Whether to serve the catalogue of problem types as JSON and HTML; when not set, it is
		 * served when "type-base-uri" is a path of this application, such as "/problems/".
		 */
		private @Nullable Boolean enabled;

		/**
		 * Path that lists the problem types, each described at the path plus its slug; when not
		 * set, the path of "type-base-uri" if it is one, else "/problems/".
		 */
		private @Nullable String path;

		public @Nullable Boolean getEnabled() {
			return this.enabled;
		}

		public void setEnabled(@Nullable Boolean enabled) {
			this.enabled = enabled;
		}

		public @Nullable String getPath() {
			return this.path;
		}

		public void setPath(@Nullable String path) {
			this.path = path;
		}

	}

}

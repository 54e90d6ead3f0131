package io.github.problemdetails.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.problemdetails.core.ProblemMembers;
import io.github.problemdetails.core.ProblemStatus;
import io.github.problemdetails.internal.logging.LogPolicy;
import io.github.problemdetails.mapping.ViolationLocation;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.logging.LogLevel;

/**
 * Configuration of problem-details, under the {@code problem-details} prefix: the keys of
 * the mapping engine, the trace ID, logging and the error endpoint. Each integration has its
 * own properties under its own prefix, such as {@code problem-details.security}.
 */
@ConfigurationProperties(prefix = ProblemDetailsProperties.PREFIX, ignoreUnknownFields = false)
public class ProblemDetailsProperties implements InitializingBean {

	static final String PREFIX = "problem-details";

	/**
	 * Whether to answer failures with RFC 9457 problem details.
	 */
	private boolean enabled = true;

	/**
	 * Absolute URI that problem type slugs are appended to, such as
	 * "https://errors.example.com/", or a path of this application, such as "/problems/".
	 * When not set, every problem has the type "about:blank".
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
	 * Whether the reasons of client-error (4xx) "@ResponseStatus" exceptions and the details of
	 * Spring's other 4xx "ErrorResponse" exceptions are shown as "detail". A
	 * "ResponseStatusException"'s 4xx reason always is; server-error messages never are.
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

	private final ErrorEndpoint errorEndpoint = new ErrorEndpoint();

	// Keys of "exceptions" that are class names without brackets: Spring Boot splits them at their dots into keys of
	// nothing, so they are found while binding (ProblemDetailsBindHandlerAdvisor) and refused by the checks below.
	private List<ConfigurationProperty> unbracketedExceptionKeys = List.of();

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

	public ErrorEndpoint getErrorEndpoint() {
		return this.errorEndpoint;
	}

	/**
	 * Stop startup on a value that cannot work, naming the key, its value and the fix: never
	 * a silent fallback.
	 * @throws InvalidConfigurationPropertyValueException on the first such value
	 */
	@Override
	public void afterPropertiesSet() {
		if (this.validationStatus != 400 && this.validationStatus != 422) {
			throw new InvalidConfigurationPropertyValueException(PREFIX + ".validation-status", this.validationStatus,
					"Must be 400 or 422. Set it to 422 (the contract's default) or 400.");
		}
		URI base = this.typeBaseUri;
		if (base != null && !(base.isAbsolute() && !base.isOpaque()) && !isApplicationPath(base)) {
			throw new InvalidConfigurationPropertyValueException(PREFIX + ".type-base-uri", base,
					"Must be an absolute hierarchical URI or a path starting with '/'. Use a URI with a scheme and a "
							+ "path, such as 'https://errors.example.com/', a path of this application, such as "
							+ "'/problems/', or remove it to use 'about:blank'.");
		}
		this.titles.forEach((status, title) -> {
			if (!ProblemStatus.isError(status)) {
				throw new InvalidConfigurationPropertyValueException(PREFIX + ".titles[" + status + "]", title,
						status + " is no error status. Give titles to statuses from 400 to 599.");
			}
		});
		if (this.validation.getMaxErrors() <= 0) {
			throw new InvalidConfigurationPropertyValueException(PREFIX + ".validation.max-errors",
					this.validation.getMaxErrors(), "Must be positive. Set a number such as 100 (the default).");
		}
		checkMembers();
		checkLogging();
		ExceptionMappings.rejectUnbracketed(this.unbracketedExceptionKeys);
		// Resolving the mappings checks each of them; the engine's settings resolve them again when built.
		ExceptionMappings.resolve(this.exceptions, this.typeBaseUri);
	}

	// Not a setter: the binder would take a setter for a key.
	void rejectUnbracketedExceptionKeys(List<ConfigurationProperty> keys) {
		this.unbracketedExceptionKeys = List.copyOf(keys);
	}

	private void checkMembers() {
		String traceIdMember = this.traceId.getMember();
		// The trace-ID member may keep its default name; any other name the starter writes would collide.
		if (traceIdMember.isBlank() || (ProblemMembers.isReserved(traceIdMember, ProblemMembers.TRACE_ID)
				&& !ProblemMembers.TRACE_ID.equals(traceIdMember))) {
			throw new InvalidConfigurationPropertyValueException(PREFIX + ".trace-id.member", traceIdMember,
					"Must not be blank, a standard member (type, title, status, detail, instance) or a member that "
							+ "problem-details writes itself (code, errors, errorCount, timestamp). Use a name such as "
							+ "'traceId' (the default) or 'requestId'.");
		}
		this.extensions.forEach((name, value) -> {
			if (name.isBlank() || ProblemMembers.isReserved(name, traceIdMember)) {
				throw new InvalidConfigurationPropertyValueException(PREFIX + ".extensions." + name, value,
						"Must not be blank nor a member that problem-details writes itself: type, title, status, "
								+ "detail, instance, code, errors, errorCount, timestamp or the trace ID's '"
								+ traceIdMember + "'. Choose another member name.");
			}
		});
	}

	private void checkLogging() {
		this.logging.getLevels().forEach((key, level) -> {
			if (!LogPolicy.isLevelKey(key)) {
				throw new InvalidConfigurationPropertyValueException(PREFIX + ".logging.levels." + key, level,
						"'" + key + "' is neither a status class nor an error status. Use 4xx, 5xx or a status "
								+ "from 400 to 599, such as 404.");
			}
		});
		this.logging.getStackTraces().forEach((key, enabled) -> {
			if (!LogPolicy.isStackTraceKey(key)) {
				throw new InvalidConfigurationPropertyValueException(PREFIX + ".logging.stack-traces." + key, enabled,
						"'" + key + "' is no status class. Use 4xx or 5xx.");
			}
		});
		if (this.logging.getRepeatWindow().isNegative()) {
			throw new InvalidConfigurationPropertyValueException(PREFIX + ".logging.repeat-window",
					this.logging.getRepeatWindow(),
					"Must not be negative. Set a window such as '1m', or 0 to log every stack trace.");
		}
		if (this.logging.getMaxMessageLength() <= 0) {
			throw new InvalidConfigurationPropertyValueException(PREFIX + ".logging.max-message-length",
					this.logging.getMaxMessageLength(), "Must be positive. Set a length such as 500 (the default).");
		}
	}

	// Whether a type base URI is a path of this application, such as "/problems/".
	// RFC 9457 §3.1.1: a type may be a relative reference, resolved against the request's URI. Only a
	// path-absolute one ("/problems/") resolves to the same place from every request path; neither
	// "problems/" nor a network-path "//host/" does what a base is meant to.
	static boolean isApplicationPath(URI typeBaseUri) {
		String path = typeBaseUri.getRawPath();
		return !typeBaseUri.isAbsolute() && typeBaseUri.getRawAuthority() == null && path != null
				&& path.startsWith("/") && !path.startsWith("//") && typeBaseUri.getRawQuery() == null
				&& typeBaseUri.getRawFragment() == null;
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

		/**
		 * Most violations listed in "errors"; a failure with more lists the first, in the order of their location,
		 * and gives their number as "errorCount".
		 */
		private int maxErrors = 100;

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

		public int getMaxErrors() {
			return this.maxErrors;
		}

		public void setMaxErrors(int maxErrors) {
			this.maxErrors = maxErrors;
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
		private Duration repeatWindow = Duration.ofSeconds(10);

		/**
		 * Longest exception message, request method and path that a failure's log line quotes, in characters;
		 * longer ones are cut, also in the first line of a stack trace.
		 */
		private int maxMessageLength = 500;

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

		public int getMaxMessageLength() {
			return this.maxMessageLength;
		}

		public void setMaxMessageLength(int maxMessageLength) {
			this.maxMessageLength = maxMessageLength;
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
	 * Error dispatches of the servlet container.
	 */
	public static class ErrorEndpoint {

		/**
		 * Whether to answer the container's error dispatches (exceptions thrown in filters,
		 * "sendError" calls, container rejections) and error statuses that leave without a
		 * body with problem details.
		 */
		private boolean enabled = true;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

	}

}

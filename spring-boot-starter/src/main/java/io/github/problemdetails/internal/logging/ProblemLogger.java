package io.github.problemdetails.internal.logging;

import java.time.Duration;

import io.github.problemdetails.internal.mapping.MappedProblem;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.logging.LogLevel;

/**
 * Logs each failure once, with its trace ID, at the level its {@link LogPolicy} or its
 * configured mapping gives: by default a server error at ERROR with its stack trace, a client
 * error at DEBUG in one line. Entry points call it exactly once per answered failure, and
 * nothing else in the request path logs the same failure again. Optionally, a failure that
 * repeats one logged a moment ago is logged in one line that refers to the earlier stack trace.
 */
public class ProblemLogger {

	private static final Logger logger = LoggerFactory.getLogger(ProblemLogger.class);

	private static final String BRIEF = "{} {} answered {}: {} [traceId={}]";

	// The stack trace that follows starts with the exception itself; naming it twice would say it twice.
	private static final String WITH_STACK_TRACE = "{} {} answered {} [traceId={}]";

	private static final String REPEATED = BRIEF + ", repeat {} of the failure logged with its stack trace for traceId={}";

	private static final int CLIENT_FAULT_STATUS = 400;

	/** Longest exception message, request method and path that a log line quotes, unless configured. */
	public static final int DEFAULT_MAX_MESSAGE_LENGTH = 500;

	private final LogPolicy policy;

	private final RepeatedFailures repeatedFailures;

	private final int maxMessageLength;

	/**
	 * Create a logger with the contract's policy.
	 */
	public ProblemLogger() {
		this(LogPolicy.defaults());
	}

	/**
	 * Create a logger that logs every stack trace the policy asks for.
	 * @param policy the level and stack-trace policy
	 */
	public ProblemLogger(LogPolicy policy) {
		this(policy, new RepeatedFailures(Duration.ZERO));
	}

	/**
	 * Create a logger that logs a repeated failure in one line that refers to its stack trace.
	 * @param policy the level and stack-trace policy
	 * @param repeatedFailures recognises failures whose stack trace was logged a moment ago
	 */
	public ProblemLogger(LogPolicy policy, RepeatedFailures repeatedFailures) {
		this(policy, repeatedFailures, DEFAULT_MAX_MESSAGE_LENGTH);
	}

	/**
	 * Create a logger.
	 * @param policy the level and stack-trace policy
	 * @param repeatedFailures recognises failures whose stack trace was logged a moment ago
	 * @param maxMessageLength the most characters of an exception message, request method or path that a log
	 * line quotes; positive
	 */
	public ProblemLogger(LogPolicy policy, RepeatedFailures repeatedFailures, int maxMessageLength) {
		if (maxMessageLength <= 0) {
			throw new IllegalArgumentException("'maxMessageLength' must be positive");
		}
		this.policy = policy;
		this.repeatedFailures = repeatedFailures;
		this.maxMessageLength = maxMessageLength;
	}

	/**
	 * Log a mapped failure. What the client sent (method, path, and what an exception's message quotes of the
	 * request) is cut to the configured length, its line breaks escaped.
	 * @param mapped the failure and how it was mapped
	 * @param method the request method, or {@code null} when the request was rejected before it was read
	 * @param path the request path, or {@code null} when the request was rejected before it was read
	 * @param traceId the request's trace ID, or {@code null}
	 */
	public void log(MappedProblem mapped, @Nullable String method, @Nullable String path, @Nullable String traceId) {
		log(mapped, mapped.status(), method, path, traceId);
	}

	/**
	 * Log a failure that the client caused whatever its status, such as a request the web server refused for an
	 * HTTP version (505) or a transfer coding (501) it does not support: at the level of a 400, with or without a
	 * stack trace as a 400 would be, since the service is not at fault.
	 * @param mapped the failure and how it was mapped
	 * @param method the request method, or {@code null} when the request was rejected before it was read
	 * @param path the request path, or {@code null} when the request was rejected before it was read
	 * @param traceId the request's trace ID, or {@code null}
	 */
	public void logClientFault(MappedProblem mapped, @Nullable String method, @Nullable String path,
			@Nullable String traceId) {
		log(mapped, CLIENT_FAULT_STATUS, method, path, traceId);
	}

	// The policy of one status, the line of another: a client's fault is logged as a 400 with its own status.
	private void log(MappedProblem mapped, int policyStatus, @Nullable String method, @Nullable String path,
			@Nullable String traceId) {
		int status = mapped.status();
		LogLevel level = (mapped.logLevel() != null) ? mapped.logLevel() : this.policy.levelFor(policyStatus);
		if (!isEnabled(level)) {
			return;
		}
		String quotedMethod = BoundedMessages.quote(method, this.maxMessageLength);
		String quotedPath = BoundedMessages.quote(path, this.maxMessageLength);
		Throwable exception = mapped.exception();
		if (exception != null && this.policy.stackTraceFor(policyStatus)) {
			RepeatedFailures.Repeat repeat = this.repeatedFailures.repeatOf(exception, traceId);
			if (repeat == null) {
				write(level, WITH_STACK_TRACE, quotedMethod, quotedPath, status, traceId,
						BoundedMessages.forStackTrace(exception, this.maxMessageLength));
			}
			else {
				write(level, REPEATED, quotedMethod, quotedPath, status, describe(exception), traceId, repeat.count(),
						repeat.firstTraceId());
			}
		}
		else {
			write(level, BRIEF, quotedMethod, quotedPath, status,
					(exception != null) ? describe(exception) : "no exception", traceId);
		}
	}

	private String describe(Throwable exception) {
		return BoundedMessages.quote(exception.toString(), this.maxMessageLength);
	}

	private static boolean isEnabled(LogLevel level) {
		return switch (level) {
			case TRACE -> logger.isTraceEnabled();
			case DEBUG -> logger.isDebugEnabled();
			case INFO -> logger.isInfoEnabled();
			case WARN -> logger.isWarnEnabled();
			case ERROR, FATAL -> logger.isErrorEnabled();
			case OFF -> false;
		};
	}

	private static void write(LogLevel level, String format, Object... arguments) {
		switch (level) {
			case TRACE -> logger.trace(format, arguments);
			case DEBUG -> logger.debug(format, arguments);
			case INFO -> logger.info(format, arguments);
			case WARN -> logger.warn(format, arguments);
			case ERROR, FATAL -> logger.error(format, arguments);
			case OFF -> {
			}
		}
	}

}

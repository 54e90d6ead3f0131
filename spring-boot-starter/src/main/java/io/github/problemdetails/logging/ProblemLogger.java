package io.github.problemdetails.logging;

import io.github.problemdetails.core.Problem;
import io.github.problemdetails.mapping.MappedProblem;
import io.github.problemdetails.mapping.ProblemMembers;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each failure once, with its trace ID: a server error at ERROR with its stack trace, a
 * client error briefly, without one. Entry points call it exactly once per answered failure,
 * and nothing else in the request path logs the same failure again.
 */
public class ProblemLogger {

	private static final Logger logger = LoggerFactory.getLogger(ProblemLogger.class);

	private static final String CLIENT_ERROR_FORMAT = "{} {} answered {}: {} [traceId={}]";

	/**
	 * Log a mapped failure.
	 * @param mapped the failure and how it was mapped
	 * @param method the request method
	 * @param path the request path
	 */
	public void log(MappedProblem mapped, String method, String path) {
		Problem problem = mapped.problem();
		Object traceId = problem.extensions().get(ProblemMembers.TRACE_ID);
		Throwable exception = mapped.exception();
		switch (mapped.logLevel()) {
			case ERROR, FATAL -> logger.error("{} {} failed with {} [traceId={}]", method, path, problem.status(),
					traceId, exception);
			case WARN -> {
				if (logger.isWarnEnabled()) {
					logger.warn(CLIENT_ERROR_FORMAT, method, path, problem.status(), causeOf(exception), traceId);
				}
			}
			case INFO -> {
				if (logger.isInfoEnabled()) {
					logger.info(CLIENT_ERROR_FORMAT, method, path, problem.status(), causeOf(exception), traceId);
				}
			}
			case DEBUG -> {
				if (logger.isDebugEnabled()) {
					logger.debug(CLIENT_ERROR_FORMAT, method, path, problem.status(), causeOf(exception), traceId);
				}
			}
			case TRACE -> {
				if (logger.isTraceEnabled()) {
					logger.trace(CLIENT_ERROR_FORMAT, method, path, problem.status(), causeOf(exception), traceId);
				}
			}
			case OFF -> {
			}
		}
	}

	private static String causeOf(@Nullable Throwable exception) {
		return (exception != null) ? exception.toString() : "no exception";
	}

}

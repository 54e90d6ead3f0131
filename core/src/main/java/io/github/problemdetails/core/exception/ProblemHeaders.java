package io.github.problemdetails.core.exception;

import java.time.Duration;

/**
 * Names of the HTTP response headers that typed exceptions ask to be sent with their problem.
 */
public final class ProblemHeaders {

	/**
	 * {@code Retry-After} (RFC 9110 section 10.2.3), sent with 429 and, when known, 503 problems; the value is a
	 * number of seconds.
	 */
	public static final String RETRY_AFTER = "Retry-After";

	/**
	 * {@code WWW-Authenticate} (RFC 9110 section 11.6.1), the challenge sent with every 401 problem.
	 */
	public static final String WWW_AUTHENTICATE = "WWW-Authenticate";

	private ProblemHeaders() {
	}

	/**
	 * Format a delay as the value of a {@code Retry-After} header: whole seconds (RFC 9110 section 10.2.3), rounded
	 * up, since a client told to wait less than the real delay would only be refused again.
	 * @param retryAfter the delay; not {@code null} and not negative
	 * @return the header value
	 */
	public static String retryAfterSeconds(Duration retryAfter) {
		long seconds = retryAfter.getSeconds();
		if (retryAfter.getNano() > 0 && seconds < Long.MAX_VALUE) {
			seconds++;
		}
		return Long.toString(seconds);
	}

	static Duration requireRetryAfter(Duration retryAfter) {
		if (retryAfter == null) {
			throw new NullPointerException("'retryAfter' must not be null");
		}
		if (retryAfter.isNegative()) {
			throw new IllegalArgumentException("'retryAfter' must not be negative");
		}
		return retryAfter;
	}

}

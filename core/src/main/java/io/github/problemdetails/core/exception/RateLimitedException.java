package io.github.problemdetails.core.exception;

import java.time.Duration;

/**
 * A 429 Too Many Requests problem: the client exceeded a rate limit or quota. The response carries a
 * {@code Retry-After} header in whole seconds, rounded up.
 */
public class RateLimitedException extends ProblemException {

	private static final long serialVersionUID = 1L;

	/**
	 * Type slug of a rate limited problem.
	 */
	public static final String TYPE = "rate-limited";

	/**
	 * Title of a rate limited problem.
	 */
	public static final String TITLE = "Too many requests";

	/**
	 * Name of the header that tells the client when to retry; the same as {@link ProblemHeaders#RETRY_AFTER}.
	 */
	public static final String RETRY_AFTER = ProblemHeaders.RETRY_AFTER;

	private final Duration retryAfter;

	/**
	 * Create a rate limited problem with the detail
	 * {@code The rate limit is exceeded; retry after <n> seconds.}
	 * @param retryAfter how long the client should wait; not {@code null} and not negative
	 * @throws IllegalArgumentException if {@code retryAfter} is negative
	 */
	public RateLimitedException(Duration retryAfter) {
		this(detailOf(retryAfter), retryAfter);
	}

	/**
	 * Create a rate limited problem with the given detail.
	 * @param detail the explanation of the limit, or {@code null} for none
	 * @param retryAfter how long the client should wait; not {@code null} and not negative
	 * @throws IllegalArgumentException if {@code retryAfter} is negative
	 */
	public RateLimitedException(String detail, Duration retryAfter) {
		this(TYPE, TITLE, detail, retryAfter, null);
	}

	/**
	 * Create a rate limited problem with the given detail, caused by the given failure.
	 * @param detail the explanation of the limit, or {@code null} for none
	 * @param retryAfter how long the client should wait; not {@code null} and not negative
	 * @param cause the underlying failure, such as the rate limiter's own exception, or {@code null} for none
	 * @throws IllegalArgumentException if {@code retryAfter} is negative
	 */
	public RateLimitedException(String detail, Duration retryAfter, Throwable cause) {
		this(TYPE, TITLE, detail, retryAfter, cause);
	}

	/**
	 * Create a 429 problem with its own type, for subclasses.
	 * @param type the type slug or absolute URI; not {@code null} or blank
	 * @param title the title of the type; not {@code null}
	 * @param detail the explanation of this occurrence, or {@code null} for none
	 * @param retryAfter how long the client should wait; not {@code null} and not negative
	 * @throws IllegalArgumentException if {@code retryAfter} is negative
	 */
	protected RateLimitedException(String type, String title, String detail, Duration retryAfter) {
		this(type, title, detail, retryAfter, null);
	}

	/**
	 * Create a 429 problem with its own type and a cause, for subclasses.
	 * @param type the type slug or absolute URI; not {@code null} or blank
	 * @param title the title of the type; not {@code null}
	 * @param detail the explanation of this occurrence, or {@code null} for none
	 * @param retryAfter how long the client should wait; not {@code null} and not negative
	 * @param cause the underlying failure, or {@code null} for none
	 * @throws IllegalArgumentException if {@code retryAfter} is negative
	 */
	protected RateLimitedException(String type, String title, String detail, Duration retryAfter,
			Throwable cause) {
		super(429, type, title, detail, cause);
		this.retryAfter = ProblemHeaders.requireRetryAfter(retryAfter);
		putHeader(RETRY_AFTER, ProblemHeaders.retryAfterSeconds(retryAfter));
		putDetailArguments(ProblemHeaders.retryAfterSeconds(retryAfter));
	}

	/**
	 * Return how long the client should wait before retrying, as given (not rounded).
	 * @return the delay; never {@code null}
	 */
	public Duration getRetryAfter() {
		return this.retryAfter;
	}

	private static String detailOf(Duration retryAfter) {
		String seconds = ProblemHeaders.retryAfterSeconds(ProblemHeaders.requireRetryAfter(retryAfter));
		return "The rate limit is exceeded; retry after " + seconds + ("1".equals(seconds) ? " second." : " seconds.");
	}

	@Override
	public RateLimitedException withDetailArguments(Object... arguments) {
		return (RateLimitedException) super.withDetailArguments(arguments);
	}

	@Override
	public RateLimitedException withCode(String code) {
		return (RateLimitedException) super.withCode(code);
	}

	@Override
	public RateLimitedException withExtension(String name, Object value) {
		return (RateLimitedException) super.withExtension(name, value);
	}

	@Override
	public RateLimitedException withHeader(String name, String value) {
		return (RateLimitedException) super.withHeader(name, value);
	}

}

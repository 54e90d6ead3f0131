package io.github.problemdetails.core.exception;

import java.time.Duration;

/**
 * A 503 Service Unavailable problem: the service cannot handle the request now, because of maintenance or
 * overload. When the delay is known the response carries a {@code Retry-After} header in whole seconds, rounded
 * up.
 * <p>
 * As for every 5xx problem, the message is logged but never sent to clients; the starter sends a generic detail.
 */
public class ServiceUnavailableException extends ProblemException {

	private static final long serialVersionUID = 1L;

	/**
	 * Type slug of a service unavailable problem.
	 */
	public static final String TYPE = "service-unavailable";

	/**
	 * Title of a service unavailable problem.
	 */
	public static final String TITLE = "Service unavailable";

	private final Duration retryAfter;

	/**
	 * Create a service unavailable problem without a known retry delay.
	 * @param message the explanation for the logs, never sent to clients; {@code null} for none
	 */
	public ServiceUnavailableException(String message) {
		this(TYPE, TITLE, message);
	}

	/**
	 * Create a service unavailable problem that tells the client when to retry.
	 * @param message the explanation for the logs, never sent to clients; {@code null} for none
	 * @param retryAfter how long the client should wait; not {@code null} and not negative
	 * @throws IllegalArgumentException if {@code retryAfter} is negative
	 */
	public ServiceUnavailableException(String message, Duration retryAfter) {
		this(TYPE, TITLE, message, retryAfter);
	}

	/**
	 * Create a service unavailable problem caused by the given failure.
	 * @param message the explanation for the logs, never sent to clients; {@code null} for none
	 * @param cause the underlying failure, or {@code null} for none
	 */
	public ServiceUnavailableException(String message, Throwable cause) {
		this(TYPE, TITLE, message, cause);
	}

	/**
	 * Create a 503 problem with its own type, for subclasses.
	 * @param type the type slug or absolute URI; not {@code null} or blank
	 * @param title the title of the type; not {@code null}
	 * @param message the explanation for the logs, never sent to clients; {@code null} for none
	 */
	protected ServiceUnavailableException(String type, String title, String message) {
		this(type, title, message, (Throwable) null);
	}

	/**
	 * Create a 503 problem with its own type and a retry delay, for subclasses.
	 * @param type the type slug or absolute URI; not {@code null} or blank
	 * @param title the title of the type; not {@code null}
	 * @param message the explanation for the logs, never sent to clients; {@code null} for none
	 * @param retryAfter how long the client should wait; not {@code null} and not negative
	 * @throws IllegalArgumentException if {@code retryAfter} is negative
	 */
	protected ServiceUnavailableException(String type, String title, String message, Duration retryAfter) {
		super(503, type, title, message);
		this.retryAfter = ProblemHeaders.requireRetryAfter(retryAfter);
		putHeader(ProblemHeaders.RETRY_AFTER, ProblemHeaders.retryAfterSeconds(retryAfter));
	}

	/**
	 * Create a 503 problem with its own type and a cause, for subclasses.
	 * @param type the type slug or absolute URI; not {@code null} or blank
	 * @param title the title of the type; not {@code null}
	 * @param message the explanation for the logs, never sent to clients; {@code null} for none
	 * @param cause the underlying failure, or {@code null} for none
	 */
	protected ServiceUnavailableException(String type, String title, String message, Throwable cause) {
		super(503, type, title, message, cause);
		this.retryAfter = null;
	}

	/**
	 * Return how long the client should wait before retrying, as given (not rounded).
	 * @return the delay, or {@code null} when it is not known
	 */
	public Duration getRetryAfter() {
		return this.retryAfter;
	}

	@Override
	public ServiceUnavailableException withDetailArguments(Object... arguments) {
		return (ServiceUnavailableException) super.withDetailArguments(arguments);
	}

	@Override
	public ServiceUnavailableException withCode(String code) {
		return (ServiceUnavailableException) super.withCode(code);
	}

	@Override
	public ServiceUnavailableException withExtension(String name, Object value) {
		return (ServiceUnavailableException) super.withExtension(name, value);
	}

	@Override
	public ServiceUnavailableException withHeader(String name, String value) {
		return (ServiceUnavailableException) super.withHeader(name, value);
	}

}

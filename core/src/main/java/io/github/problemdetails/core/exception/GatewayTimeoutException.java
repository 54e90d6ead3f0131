package io.github.problemdetails.core.exception;

/**
 * A 504 Gateway Timeout problem: an upstream dependency did not answer in time.
 * <p>
 * As for every 5xx problem, the message is logged but never sent to clients; the starter sends a generic detail.
 */
public class GatewayTimeoutException extends ProblemException {

	private static final long serialVersionUID = 1L;

	/**
	 * Type slug of a gateway timeout problem.
	 */
	public static final String TYPE = "gateway-timeout";

	/**
	 * Title of a gateway timeout problem.
	 */
	public static final String TITLE = "Gateway timeout";

	/**
	 * Create a gateway timeout problem.
	 * @param message the explanation for the logs, never sent to clients; {@code null} for none
	 */
	public GatewayTimeoutException(String message) {
		this(TYPE, TITLE, message, null);
	}

	/**
	 * Create a gateway timeout problem caused by the given failure.
	 * @param message the explanation for the logs, never sent to clients; {@code null} for none
	 * @param cause the underlying failure, or {@code null} for none
	 */
	public GatewayTimeoutException(String message, Throwable cause) {
		this(TYPE, TITLE, message, cause);
	}

	/**
	 * Create a 504 problem with its own type, for subclasses.
	 * @param type the type slug or absolute URI; not {@code null} or blank
	 * @param title the title of the type; not {@code null}
	 * @param message the explanation for the logs, never sent to clients; {@code null} for none
	 */
	protected GatewayTimeoutException(String type, String title, String message) {
		this(type, title, message, null);
	}

	/**
	 * Create a 504 problem with its own type and a cause, for subclasses.
	 * @param type the type slug or absolute URI; not {@code null} or blank
	 * @param title the title of the type; not {@code null}
	 * @param message the explanation for the logs, never sent to clients; {@code null} for none
	 * @param cause the underlying failure, or {@code null} for none
	 */
	protected GatewayTimeoutException(String type, String title, String message, Throwable cause) {
		super(504, type, title, message, cause);
	}

	@Override
	public GatewayTimeoutException withDetailArguments(Object... arguments) {
		return (GatewayTimeoutException) super.withDetailArguments(arguments);
	}

	@Override
	public GatewayTimeoutException withCode(String code) {
		return (GatewayTimeoutException) super.withCode(code);
	}

	@Override
	public GatewayTimeoutException withExtension(String name, Object value) {
		return (GatewayTimeoutException) super.withExtension(name, value);
	}

	@Override
	public GatewayTimeoutException withHeader(String name, String value) {
		return (GatewayTimeoutException) super.withHeader(name, value);
	}

}

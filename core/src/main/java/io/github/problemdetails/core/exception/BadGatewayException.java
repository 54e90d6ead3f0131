package io.github.problemdetails.core.exception;

/**
 * A 502 Bad Gateway problem: an upstream dependency answered with an error or an unusable response.
 * <p>
 * As for every 5xx problem, the message is logged but never sent to clients; the starter sends a generic detail.
 */
public class BadGatewayException extends ProblemException {

	private static final long serialVersionUID = 1L;

	/**
	 * Type slug of a bad gateway problem.
	 */
	public static final String TYPE = "bad-gateway";

	/**
	 * Title of a bad gateway problem.
	 */
	public static final String TITLE = "Bad gateway";

	/**
	 * Create a bad gateway problem.
	 * @param message the explanation for the logs, never sent to clients; {@code null} for none
	 */
	public BadGatewayException(String message) {
		this(TYPE, TITLE, message, null);
	}

	/**
	 * Create a bad gateway problem caused by the given failure.
	 * @param message the explanation for the logs, never sent to clients; {@code null} for none
	 * @param cause the underlying failure, or {@code null} for none
	 */
	public BadGatewayException(String message, Throwable cause) {
		this(TYPE, TITLE, message, cause);
	}

	/**
	 * Create a 502 problem with its own type, for subclasses.
	 * @param type the type slug or absolute URI; not {@code null} or blank
	 * @param title the title of the type; not {@code null}
	 * @param message the explanation for the logs, never sent to clients; {@code null} for none
	 */
	protected BadGatewayException(String type, String title, String message) {
		this(type, title, message, null);
	}

	/**
	 * Create a 502 problem with its own type and a cause, for subclasses.
	 * @param type the type slug or absolute URI; not {@code null} or blank
	 * @param title the title of the type; not {@code null}
	 * @param message the explanation for the logs, never sent to clients; {@code null} for none
	 * @param cause the underlying failure, or {@code null} for none
	 */
	protected BadGatewayException(String type, String title, String message, Throwable cause) {
		super(502, type, title, message, cause);
	}

	@Override
	public BadGatewayException withDetailArguments(Object... arguments) {
		return (BadGatewayException) super.withDetailArguments(arguments);
	}

	@Override
	public BadGatewayException withCode(String code) {
		return (BadGatewayException) super.withCode(code);
	}

	@Override
	public BadGatewayException withExtension(String name, Object value) {
		return (BadGatewayException) super.withExtension(name, value);
	}

	@Override
	public BadGatewayException withHeader(String name, String value) {
		return (BadGatewayException) super.withHeader(name, value);
	}

}

package io.github.problemdetails.core.exception;

/**
 * A 501 Not Implemented problem: the server does not support the requested feature.
 * <p>
 * As for every 5xx problem, the message is logged but never sent to clients; the starter sends a generic detail.
 */
public class NotImplementedException extends ProblemException {

	private static final long serialVersionUID = 1L;

	/**
	 * Type slug of a not implemented problem.
	 */
	public static final String TYPE = "not-implemented";

	/**
	 * Title of a not implemented problem.
	 */
	public static final String TITLE = "Not implemented";

	/**
	 * Create a not implemented problem.
	 * @param message the explanation for the logs, never sent to clients; {@code null} for none
	 */
	public NotImplementedException(String message) {
		this(TYPE, TITLE, message, null);
	}

	/**
	 * Create a not implemented problem caused by the given failure.
	 * @param message the explanation for the logs, never sent to clients; {@code null} for none
	 * @param cause the underlying failure, or {@code null} for none
	 */
	public NotImplementedException(String message, Throwable cause) {
		this(TYPE, TITLE, message, cause);
	}

	/**
	 * Create a 501 problem with its own type, for subclasses.
	 * @param type the type slug or absolute URI; not {@code null} or blank
	 * @param title the title of the type; not {@code null}
	 * @param message the explanation for the logs, never sent to clients; {@code null} for none
	 */
	protected NotImplementedException(String type, String title, String message) {
		this(type, title, message, null);
	}

	/**
	 * Create a 501 problem with its own type and a cause, for subclasses.
	 * @param type the type slug or absolute URI; not {@code null} or blank
	 * @param title the title of the type; not {@code null}
	 * @param message the explanation for the logs, never sent to clients; {@code null} for none
	 * @param cause the underlying failure, or {@code null} for none
	 */
	protected NotImplementedException(String type, String title, String message, Throwable cause) {
		super(501, type, title, message, cause);
	}

	@Override
	public NotImplementedException withDetailArguments(Object... arguments) {
		return (NotImplementedException) super.withDetailArguments(arguments);
	}

	@Override
	public NotImplementedException withCode(String code) {
		return (NotImplementedException) super.withCode(code);
	}

	@Override
	public NotImplementedException withExtension(String name, Object value) {
		return (NotImplementedException) super.withExtension(name, value);
	}

	@Override
	public NotImplementedException withHeader(String name, String value) {
		return (NotImplementedException) super.withHeader(name, value);
	}

}

package io.github.problemdetails.core.exception;

/**
 * A 428 Precondition Required problem (RFC 6585 §3): the resource may only be changed by a
 * conditional request, and this request had no {@code If-Match} (or similar) header. It
 * protects against lost updates.
 */
public class PreconditionRequiredException extends ProblemException {

	private static final long serialVersionUID = 1L;

	/**
	 * Type slug of a precondition required problem.
	 */
	public static final String TYPE = "precondition-required";

	/**
	 * Title of a precondition required problem.
	 */
	public static final String TITLE = "Precondition required";

	/**
	 * Create a precondition required problem.
	 * @param detail the explanation of which condition to send, or {@code null} for none
	 */
	public PreconditionRequiredException(String detail) {
		this(TYPE, TITLE, detail, null);
	}

	/**
	 * Create a precondition required problem caused by the given failure.
	 * @param detail the explanation of which condition to send, or {@code null} for none
	 * @param cause the underlying failure, or {@code null} for none
	 */
	public PreconditionRequiredException(String detail, Throwable cause) {
		this(TYPE, TITLE, detail, cause);
	}

	/**
	 * Create a 428 problem with its own type, for subclasses.
	 * @param type the type slug or absolute URI; not {@code null} or blank
	 * @param title the title of the type; not {@code null}
	 * @param detail the explanation of this occurrence, or {@code null} for none
	 */
	protected PreconditionRequiredException(String type, String title, String detail) {
		this(type, title, detail, null);
	}

	/**
	 * Create a 428 problem with its own type and a cause, for subclasses.
	 * @param type the type slug or absolute URI; not {@code null} or blank
	 * @param title the title of the type; not {@code null}
	 * @param detail the explanation of this occurrence, or {@code null} for none
	 * @param cause the underlying failure, or {@code null} for none
	 */
	protected PreconditionRequiredException(String type, String title, String detail, Throwable cause) {
		super(428, type, title, detail, cause);
	}

	@Override
	public PreconditionRequiredException withDetailArguments(Object... arguments) {
		return (PreconditionRequiredException) super.withDetailArguments(arguments);
	}

	@Override
	public PreconditionRequiredException withCode(String code) {
		return (PreconditionRequiredException) super.withCode(code);
	}

	@Override
	public PreconditionRequiredException withExtension(String name, Object value) {
		return (PreconditionRequiredException) super.withExtension(name, value);
	}

	@Override
	public PreconditionRequiredException withHeader(String name, String value) {
		return (PreconditionRequiredException) super.withHeader(name, value);
	}

}

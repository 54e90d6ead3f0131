package io.github.problemdetails.core.exception;

/**
 * A 412 Precondition Failed problem: a conditional request header such as {@code If-Match} or
 * {@code If-Unmodified-Since} evaluated to false.
 */
public class PreconditionFailedException extends ProblemException {

	private static final long serialVersionUID = 1L;

	/**
	 * Type slug of a precondition failed problem.
	 */
	public static final String TYPE = "precondition-failed";

	/**
	 * Title of a precondition failed problem.
	 */
	public static final String TITLE = "Precondition failed";

	/**
	 * Create a precondition failed problem.
	 * @param detail the explanation of which precondition failed, or {@code null} for none
	 */
	public PreconditionFailedException(String detail) {
		this(TYPE, TITLE, detail, null);
	}

	/**
	 * Create a precondition failed problem caused by the given failure.
	 * @param detail the explanation of which precondition failed, or {@code null} for none
	 * @param cause the underlying failure, or {@code null} for none
	 */
	public PreconditionFailedException(String detail, Throwable cause) {
		this(TYPE, TITLE, detail, cause);
	}

	/**
	 * Create a 412 problem with its own type, for subclasses.
	 * @param type the type slug or absolute URI; not {@code null} or blank
	 * @param title the title of the type; not {@code null}
	 * @param detail the explanation of this occurrence, or {@code null} for none
	 */
	protected PreconditionFailedException(String type, String title, String detail) {
		this(type, title, detail, null);
	}

	/**
	 * Create a 412 problem with its own type and a cause, for subclasses.
	 * @param type the type slug or absolute URI; not {@code null} or blank
	 * @param title the title of the type; not {@code null}
	 * @param detail the explanation of this occurrence, or {@code null} for none
	 * @param cause the underlying failure, or {@code null} for none
	 */
	protected PreconditionFailedException(String type, String title, String detail, Throwable cause) {
		super(412, type, title, detail, cause);
	}

	@Override
	public PreconditionFailedException withDetailArguments(Object... arguments) {
		return (PreconditionFailedException) super.withDetailArguments(arguments);
	}

	@Override
	public PreconditionFailedException withCode(String code) {
		return (PreconditionFailedException) super.withCode(code);
	}

	@Override
	public PreconditionFailedException withExtension(String name, Object value) {
		return (PreconditionFailedException) super.withExtension(name, value);
	}

	@Override
	public PreconditionFailedException withHeader(String name, String value) {
		return (PreconditionFailedException) super.withHeader(name, value);
	}

}

package io.github.problemdetails.core.exception;

/**
 * A 403 Forbidden problem: the client is authenticated but not allowed to perform the request.
 */
public class ForbiddenException extends ProblemException {

	private static final long serialVersionUID = 1L;

	/**
	 * Type slug of a forbidden problem.
	 */
	public static final String TYPE = "forbidden";

	/**
	 * Title of a forbidden problem.
	 */
	public static final String TITLE = "Access denied";

	/**
	 * Create a forbidden problem.
	 * @param detail the explanation of what is not allowed, or {@code null} for none
	 */
	public ForbiddenException(String detail) {
		this(TYPE, TITLE, detail, null);
	}

	/**
	 * Create a forbidden problem caused by the given failure.
	 * @param detail the explanation of what is not allowed, or {@code null} for none
	 * @param cause the underlying failure, or {@code null} for none
	 */
	public ForbiddenException(String detail, Throwable cause) {
		this(TYPE, TITLE, detail, cause);
	}

	/**
	 * Create a 403 problem with its own type, for subclasses.
	 * @param type the type slug or absolute URI; not {@code null} or blank
	 * @param title the title of the type; not {@code null}
	 * @param detail the explanation of this occurrence, or {@code null} for none
	 */
	protected ForbiddenException(String type, String title, String detail) {
		this(type, title, detail, null);
	}

	/**
	 * Create a 403 problem with its own type and a cause, for subclasses.
	 * @param type the type slug or absolute URI; not {@code null} or blank
	 * @param title the title of the type; not {@code null}
	 * @param detail the explanation of this occurrence, or {@code null} for none
	 * @param cause the underlying failure, or {@code null} for none
	 */
	protected ForbiddenException(String type, String title, String detail, Throwable cause) {
		super(403, type, title, detail, cause);
	}

	@Override
	public ForbiddenException withDetailArguments(Object... arguments) {
		return (ForbiddenException) super.withDetailArguments(arguments);
	}

	@Override
	public ForbiddenException withCode(String code) {
		return (ForbiddenException) super.withCode(code);
	}

	@Override
	public ForbiddenException withExtension(String name, Object value) {
		return (ForbiddenException) super.withExtension(name, value);
	}

	@Override
	public ForbiddenException withHeader(String name, String value) {
		return (ForbiddenException) super.withHeader(name, value);
	}

}

package io.github.problemdetails.core.exception;

/**
 * A 400 Bad Request problem: the request is malformed or otherwise cannot be processed as sent.
 */
public class BadRequestException extends ProblemException {

	private static final long serialVersionUID = 1L;

	/**
	 * Type slug of a bad request problem.
	 */
	public static final String TYPE = "bad-request";

	/**
	 * Title of a bad request problem.
	 */
	public static final String TITLE = "Bad request";

	/**
	 * Create a bad request problem.
	 * @param detail the explanation of what is wrong with the request, or {@code null} for none
	 */
	public BadRequestException(String detail) {
		this(TYPE, TITLE, detail, null);
	}

	/**
	 * Create a bad request problem caused by the given failure.
	 * @param detail the explanation of what is wrong with the request, or {@code null} for none
	 * @param cause the underlying failure, or {@code null} for none
	 */
	public BadRequestException(String detail, Throwable cause) {
		this(TYPE, TITLE, detail, cause);
	}

	/**
	 * Create a 400 problem with its own type, for subclasses.
	 * @param type the type slug or absolute URI; not {@code null} or blank
	 * @param title the title of the type; not {@code null}
	 * @param detail the explanation of this occurrence, or {@code null} for none
	 */
	protected BadRequestException(String type, String title, String detail) {
		this(type, title, detail, null);
	}

	/**
	 * Create a 400 problem with its own type and a cause, for subclasses.
	 * @param type the type slug or absolute URI; not {@code null} or blank
	 * @param title the title of the type; not {@code null}
	 * @param detail the explanation of this occurrence, or {@code null} for none
	 * @param cause the underlying failure, or {@code null} for none
	 */
	protected BadRequestException(String type, String title, String detail, Throwable cause) {
		super(400, type, title, detail, cause);
	}

	@Override
	public BadRequestException withDetailArguments(Object... arguments) {
		return (BadRequestException) super.withDetailArguments(arguments);
	}

	@Override
	public BadRequestException withCode(String code) {
		return (BadRequestException) super.withCode(code);
	}

	@Override
	public BadRequestException withExtension(String name, Object value) {
		return (BadRequestException) super.withExtension(name, value);
	}

	@Override
	public BadRequestException withHeader(String name, String value) {
		return (BadRequestException) super.withHeader(name, value);
	}

}

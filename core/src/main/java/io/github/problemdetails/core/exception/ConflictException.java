package io.github.problemdetails.core.exception;

import java.util.Objects;

/**
 * A 409 Conflict problem: the request conflicts with the current state of the resource, such as a duplicate
 * unique value or a version mismatch.
 */
public class ConflictException extends ProblemException {

	private static final long serialVersionUID = 1L;

	/**
	 * Type slug of a conflict problem.
	 */
	public static final String TYPE = "conflict";

	/**
	 * Title of a conflict problem.
	 */
	public static final String TITLE = "Conflict";

	/**
	 * Type slug of a duplicate value problem, created by {@link #duplicate(String, String)}.
	 */
	public static final String DUPLICATE_TYPE = "duplicate";

	/**
	 * Title of a duplicate value problem.
	 */
	public static final String DUPLICATE_TITLE = "Duplicate value";

	/**
	 * Create a conflict problem.
	 * @param detail the explanation of the conflict, or {@code null} for none
	 */
	public ConflictException(String detail) {
		this(TYPE, TITLE, detail, null);
	}

	/**
	 * Create a conflict problem caused by the given failure.
	 * @param detail the explanation of the conflict, or {@code null} for none
	 * @param cause the underlying failure, or {@code null} for none
	 */
	public ConflictException(String detail, Throwable cause) {
		this(TYPE, TITLE, detail, cause);
	}

	/**
	 * Create a 409 problem with its own type, for subclasses.
	 * @param type the type slug or absolute URI; not {@code null} or blank
	 * @param title the title of the type; not {@code null}
	 * @param detail the explanation of this occurrence, or {@code null} for none
	 */
	protected ConflictException(String type, String title, String detail) {
		this(type, title, detail, null);
	}

	/**
	 * Create a 409 problem with its own type and a cause, for subclasses.
	 * @param type the type slug or absolute URI; not {@code null} or blank
	 * @param title the title of the type; not {@code null}
	 * @param detail the explanation of this occurrence, or {@code null} for none
	 * @param cause the underlying failure, or {@code null} for none
	 */
	protected ConflictException(String type, String title, String detail, Throwable cause) {
		super(409, type, title, detail, cause);
	}

	/**
	 * Create a duplicate value problem, with the detail {@code A <resource> with this <field> already exists.}
	 * @param resource the kind of resource, such as {@code user}; not {@code null}
	 * @param field the field whose value must be unique, such as {@code email}; not {@code null}
	 * @return the exception, of type {@value #DUPLICATE_TYPE}
	 */
	public static ConflictException duplicate(String resource, String field) {
		Objects.requireNonNull(resource, "'resource' must not be null");
		Objects.requireNonNull(field, "'field' must not be null");
		ConflictException duplicate = new ConflictException(DUPLICATE_TYPE, DUPLICATE_TITLE,
				"A " + resource + " with this " + field + " already exists.");
		duplicate.putDetailArguments(resource, field);
		return duplicate;
	}

	@Override
	public ConflictException withDetailArguments(Object... arguments) {
		return (ConflictException) super.withDetailArguments(arguments);
	}

	@Override
	public ConflictException withCode(String code) {
		return (ConflictException) super.withCode(code);
	}

	@Override
	public ConflictException withExtension(String name, Object value) {
		return (ConflictException) super.withExtension(name, value);
	}

	@Override
	public ConflictException withHeader(String name, String value) {
		return (ConflictException) super.withHeader(name, value);
	}

}

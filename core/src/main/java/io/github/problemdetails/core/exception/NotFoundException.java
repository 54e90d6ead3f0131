package io.github.problemdetails.core.exception;

/**
 * A 404 Not Found problem: the requested resource does not exist.
 */
public class NotFoundException extends ResourceProblemException {

	private static final long serialVersionUID = 1L;

	/**
	 * Type slug of a not found problem.
	 */
	public static final String TYPE = "not-found";

	/**
	 * Title of a not found problem.
	 */
	public static final String TITLE = "Resource not found";

	/**
	 * Create a not found problem with the given detail.
	 * @param detail the explanation of what was not found, or {@code null} for none
	 */
	public NotFoundException(String detail) {
		this(TYPE, TITLE, detail, null);
	}

	/**
	 * Create a not found problem with the given detail, caused by the given failure.
	 * @param detail the explanation of what was not found, or {@code null} for none
	 * @param cause the underlying failure, or {@code null} for none
	 */
	public NotFoundException(String detail, Throwable cause) {
		this(TYPE, TITLE, detail, cause);
	}

	/**
	 * Create a not found problem for a resource of the given kind and ID, with the detail
	 * {@code No <resource> with id '<id>' exists.}
	 * <p>
	 * The ID is often user input: its string form is cut to 64 characters (followed by an ellipsis) in the detail.
	 * @param resource the kind of resource, such as {@code order}; not {@code null}
	 * @param id the ID that was looked up; not {@code null}
	 */
	public NotFoundException(String resource, Object id) {
		super(404, TYPE, TITLE, "No %s with id '%s' exists.", resource, id);
	}

	/**
	 * Create a 404 problem with its own type, for subclasses.
	 * @param type the type slug or absolute URI; not {@code null} or blank
	 * @param title the title of the type; not {@code null}
	 * @param detail the explanation of this occurrence, or {@code null} for none
	 */
	protected NotFoundException(String type, String title, String detail) {
		this(type, title, detail, null);
	}

	/**
	 * Create a 404 problem with its own type and a cause, for subclasses.
	 * @param type the type slug or absolute URI; not {@code null} or blank
	 * @param title the title of the type; not {@code null}
	 * @param detail the explanation of this occurrence, or {@code null} for none
	 * @param cause the underlying failure, or {@code null} for none
	 */
	protected NotFoundException(String type, String title, String detail, Throwable cause) {
		super(404, type, title, detail, cause);
	}

	@Override
	public NotFoundException withDetailArguments(Object... arguments) {
		return (NotFoundException) super.withDetailArguments(arguments);
	}

	@Override
	public NotFoundException withCode(String code) {
		return (NotFoundException) super.withCode(code);
	}

	@Override
	public NotFoundException withExtension(String name, Object value) {
		return (NotFoundException) super.withExtension(name, value);
	}

	@Override
	public NotFoundException withHeader(String name, String value) {
		return (NotFoundException) super.withHeader(name, value);
	}

}

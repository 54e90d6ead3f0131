package io.github.problemdetails.core.exception;

/**
 * A 410 Gone problem: the resource existed but was intentionally removed and will not come back.
 */
public class GoneException extends ResourceProblemException {

	private static final long serialVersionUID = 1L;

	/**
	 * Type slug of a gone problem.
	 */
	public static final String TYPE = "gone";

	/**
	 * Title of a gone problem.
	 */
	public static final String TITLE = "Resource gone";

	/**
	 * Create a gone problem with the given detail.
	 * @param detail the explanation of what was removed, or {@code null} for none
	 */
	public GoneException(String detail) {
		this(TYPE, TITLE, detail, null);
	}

	/**
	 * Create a gone problem with the given detail, caused by the given failure.
	 * @param detail the explanation of what was removed, or {@code null} for none
	 * @param cause the underlying failure, or {@code null} for none
	 */
	public GoneException(String detail, Throwable cause) {
		this(TYPE, TITLE, detail, cause);
	}

	/**
	 * Create a gone problem for a resource of the given kind and ID, with the detail
	 * {@code The <resource> with id '<id>' no longer exists.}
	 * <p>
	 * The ID is often user input: its string form is cut to 64 characters (followed by an ellipsis) in the detail.
	 * @param resource the kind of resource, such as {@code order}; not {@code null}
	 * @param id the ID of the removed resource; not {@code null}
	 */
	public GoneException(String resource, Object id) {
		super(410, TYPE, TITLE, "The %s with id '%s' no longer exists.", resource, id);
	}

	/**
	 * Create a 410 problem with its own type, for subclasses.
	 * @param type the type slug or absolute URI; not {@code null} or blank
	 * @param title the title of the type; not {@code null}
	 * @param detail the explanation of this occurrence, or {@code null} for none
	 */
	protected GoneException(String type, String title, String detail) {
		this(type, title, detail, null);
	}

	/**
	 * Create a 410 problem with its own type and a cause, for subclasses.
	 * @param type the type slug or absolute URI; not {@code null} or blank
	 * @param title the title of the type; not {@code null}
	 * @param detail the explanation of this occurrence, or {@code null} for none
	 * @param cause the underlying failure, or {@code null} for none
	 */
	protected GoneException(String type, String title, String detail, Throwable cause) {
		super(410, type, title, detail, cause);
	}

	@Override
	public GoneException withDetailArguments(Object... arguments) {
		return (GoneException) super.withDetailArguments(arguments);
	}

	@Override
	public GoneException withCode(String code) {
		return (GoneException) super.withCode(code);
	}

	@Override
	public GoneException withExtension(String name, Object value) {
		return (GoneException) super.withExtension(name, value);
	}

	@Override
	public GoneException withHeader(String name, String value) {
		return (GoneException) super.withHeader(name, value);
	}

}

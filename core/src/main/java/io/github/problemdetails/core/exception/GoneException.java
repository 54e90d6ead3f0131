package io.github.problemdetails.core.exception;

import java.util.Objects;

import io.github.problemdetails.core.BoundedText;

/**
 * A 410 Gone problem: the resource existed but was intentionally removed and will not come back.
 */
public class GoneException extends ProblemException {

	private static final long serialVersionUID = 1L;

	/**
	 * Type slug of a gone problem.
	 */
	public static final String TYPE = "gone";

	/**
	 * Title of a gone problem.
	 */
	public static final String TITLE = "Resource gone";

	private final String resource;

	private final Object resourceId;

	/**
	 * Create a gone problem with the given detail.
	 * @param detail the explanation of what was removed, or {@code null} for none
	 */
	public GoneException(String detail) {
		this(TYPE, TITLE, detail);
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
		super(410, TYPE, TITLE, "The " + Objects.requireNonNull(resource, "'resource' must not be null")
				+ " with id '" + BoundedText.echo(Objects.requireNonNull(id, "'id' must not be null")) + "' no longer exists.");
		this.resource = resource;
		this.resourceId = id;
		putDetailArguments(resource, BoundedText.echo(id));
	}

	/**
	 * Create a 410 problem with its own type, for subclasses.
	 * @param type the type slug or absolute URI; not {@code null} or blank
	 * @param title the title of the type; not {@code null}
	 * @param detail the explanation of this occurrence, or {@code null} for none
	 */
	protected GoneException(String type, String title, String detail) {
		super(410, type, title, detail);
		this.resource = null;
		this.resourceId = null;
	}

	/**
	 * Return the kind of resource that is gone.
	 * @return the resource, or {@code null} when the exception was created from a detail alone
	 */
	public String getResource() {
		return this.resource;
	}

	/**
	 * Return the ID of the removed resource, as given (not cut).
	 * @return the ID, or {@code null} when the exception was created from a detail alone
	 */
	public Object getResourceId() {
		return this.resourceId;
	}

}

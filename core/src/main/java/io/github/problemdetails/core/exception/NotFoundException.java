package io.github.problemdetails.core.exception;

import java.util.Objects;

import io.github.problemdetails.core.BoundedText;

/**
 * A 404 Not Found problem: the requested resource does not exist.
 */
public class NotFoundException extends ProblemException {

	private static final long serialVersionUID = 1L;

	/**
	 * Type slug of a not found problem.
	 */
	public static final String TYPE = "not-found";

	/**
	 * Title of a not found problem.
	 */
	public static final String TITLE = "Resource not found";

	private final String resource;

	private final Object resourceId;

	/**
	 * Create a not found problem with the given detail.
	 * @param detail the explanation of what was not found, or {@code null} for none
	 */
	public NotFoundException(String detail) {
		this(TYPE, TITLE, detail);
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
		super(404, TYPE, TITLE, "No " + Objects.requireNonNull(resource, "'resource' must not be null")
				+ " with id '" + BoundedText.echo(Objects.requireNonNull(id, "'id' must not be null")) + "' exists.");
		this.resource = resource;
		this.resourceId = id;
		putDetailArguments(resource, BoundedText.echo(id));
	}

	/**
	 * Create a 404 problem with its own type, for subclasses.
	 * @param type the type slug or absolute URI; not {@code null} or blank
	 * @param title the title of the type; not {@code null}
	 * @param detail the explanation of this occurrence, or {@code null} for none
	 */
	protected NotFoundException(String type, String title, String detail) {
		super(404, type, title, detail);
		this.resource = null;
		this.resourceId = null;
	}

	/**
	 * Return the kind of resource that was not found.
	 * @return the resource, or {@code null} when the exception was created from a detail alone
	 */
	public String getResource() {
		return this.resource;
	}

	/**
	 * Return the ID that was looked up, as given (not cut).
	 * @return the ID, or {@code null} when the exception was created from a detail alone
	 */
	public Object getResourceId() {
		return this.resourceId;
	}

}

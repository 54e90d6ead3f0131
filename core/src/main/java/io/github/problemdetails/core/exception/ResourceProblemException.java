package io.github.problemdetails.core.exception;

import java.util.Objects;

import io.github.problemdetails.core.BoundedText;

/**
 * The part that {@link NotFoundException} and {@link GoneException} share: a problem about one resource, named by
 * its kind and ID, or described by a detail alone.
 */
abstract class ResourceProblemException extends ProblemException {

	private static final long serialVersionUID = 1L;

	private final String resource;

	private final Object resourceId;

	ResourceProblemException(int status, String type, String title, String detail, Throwable cause) {
		super(status, type, title, detail, cause);
		this.resource = null;
		this.resourceId = null;
	}

	/**
	 * Create a problem about the resource of the given kind and ID.
	 * @param detailFormat the detail, with {@code %s} for the resource and then for the ID
	 */
	ResourceProblemException(int status, String type, String title, String detailFormat, String resource,
			Object id) {
		super(status, type, title, String.format(detailFormat, requireResource(resource), echo(id)));
		this.resource = resource;
		this.resourceId = id;
		// The ID as text, as in the detail: a message format would group the digits of a number (42,000).
		putDetailArguments(resource, echo(id));
	}

	private static String requireResource(String resource) {
		return Objects.requireNonNull(resource, "'resource' must not be null");
	}

	// The ID is often user input: the detail echoes it bounded.
	private static String echo(Object id) {
		return BoundedText.echo(Objects.requireNonNull(id, "'id' must not be null"));
	}

	/**
	 * Return the kind of resource the problem is about.
	 * @return the resource, such as {@code order}, or {@code null} when the exception was created from a detail
	 * alone
	 */
	public String getResource() {
		return this.resource;
	}

	/**
	 * Return the ID of the resource, as given (not cut).
	 * @return the ID, or {@code null} when the exception was created from a detail alone
	 */
	public Object getResourceId() {
		return this.resourceId;
	}

}

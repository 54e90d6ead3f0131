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
		this(TYPE, TITLE, detail);
	}

	/**
	 * Create a 403 problem with its own type, for subclasses.
	 * @param type the type slug or absolute URI; not {@code null} or blank
	 * @param title the title of the type; not {@code null}
	 * @param detail the explanation of this occurrence, or {@code null} for none
	 */
	protected ForbiddenException(String type, String title, String detail) {
		super(403, type, title, detail);
	}

}

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
		this(TYPE, TITLE, detail);
	}

	/**
	 * Create a 412 problem with its own type, for subclasses.
	 * @param type the type slug or absolute URI; not {@code null} or blank
	 * @param title the title of the type; not {@code null}
	 * @param detail the explanation of this occurrence, or {@code null} for none
	 */
	protected PreconditionFailedException(String type, String title, String detail) {
		super(412, type, title, detail);
	}

}

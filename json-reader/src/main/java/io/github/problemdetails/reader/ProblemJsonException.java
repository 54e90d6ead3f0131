package io.github.problemdetails.reader;

/**
 * Thrown when a body cannot be read as an RFC 9457 problem: it is not strict JSON (RFC 8259), not a JSON object,
 * not UTF-8, or nested too deeply. The message states what is wrong and where, never the body's content.
 */
public class ProblemJsonException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an exception.
	 * @param message what is wrong, without quoting the body; not {@code null}
	 */
	public ProblemJsonException(String message) {
		super(message);
	}

	/**
	 * Create an exception with a cause.
	 * @param message what is wrong, without quoting the body; not {@code null}
	 * @param cause the underlying failure, or {@code null} for none
	 */
	public ProblemJsonException(String message, Throwable cause) {
		super(message, cause);
	}

}

package io.github.problemdetails.internal.client;

/**
 * Thrown when an upstream's problem body cannot be read: not strict JSON or well-formed XML, over a limit, or no
 * problem document. The message says what is wrong and where, never the body's content.
 */
final class UnreadableProblemException extends Exception {

	private static final long serialVersionUID = 1L;

	UnreadableProblemException(String message, Throwable cause) {
		super(message, cause);
	}

	UnreadableProblemException(String message) {
		super(message);
	}

}

package io.github.problemdetails.internal.client;

/**
 * Thrown when an upstream's problem body cannot be read: not strict JSON or well-formed XML, over a limit, or no
 * problem document. The message says what is wrong and where, never the body's content; there is no cause, since a
 * parser's own message may quote the body.
 */
final class UnreadableProblemException extends Exception {

	private static final long serialVersionUID = 1L;

	UnreadableProblemException(String message) {
		super(message);
	}

}

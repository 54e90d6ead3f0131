package io.github.problemdetails.core;

import java.util.Objects;

/**
 * The contract's bound on text that may come from a client or from an exception: what a problem echoes, and what
 * a log line quotes, is cut to a fixed length and marked with an ellipsis, so that no answer or log line grows with
 * the input.
 */
public final class BoundedText {

	/** Longest user input, such as an ID or a path segment, that a typed exception echoes in its detail. */
	public static final int MAX_ECHOED_LENGTH = 64;

	/** Longest {@code detail} that a problem sends. */
	public static final int MAX_DETAIL_LENGTH = 500;

	private static final String ELLIPSIS = "\u2026";

	private BoundedText() {
	}

	/**
	 * Cut a text to at most the given number of characters, followed by an ellipsis when it was cut; a surrogate
	 * pair is never split.
	 * @param text the text; not {@code null}
	 * @param maxLength the number of characters kept at most; positive
	 * @return the text itself when it is short enough, else its beginning and an ellipsis
	 */
	public static String cut(String text, int maxLength) {
		Objects.requireNonNull(text, "'text' must not be null");
		if (maxLength <= 0) {
			throw new IllegalArgumentException("'maxLength' must be positive");
		}
		if (text.length() <= maxLength) {
			return text;
		}
		int end = maxLength;
		if (Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end) + ELLIPSIS;
	}

	/**
	 * The string form of a value that a detail echoes, cut to {@value #MAX_ECHOED_LENGTH} characters.
	 * @param value the value, often user input; {@code null} is echoed as {@code "null"}
	 * @return the bounded text
	 */
	public static String echo(Object value) {
		return cut(String.valueOf(value), MAX_ECHOED_LENGTH);
	}

}

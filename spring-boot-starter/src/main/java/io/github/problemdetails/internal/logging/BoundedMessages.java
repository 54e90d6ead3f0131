package io.github.problemdetails.internal.logging;

import io.github.problemdetails.core.BoundedText;
import io.github.problemdetails.internal.mapping.Causes;
import org.jspecify.annotations.Nullable;

/**
 * What a failure's log line may quote of the request and the exception: text that a client may have sent (a
 * path, a rejected value inside an exception's message, a whole request body in a parser's message) cut to a
 * bounded length, with line breaks and other control characters escaped so that it cannot forge a log line of its
 * own. The stack trace of an exception whose message is too long is logged with a bounded copy of it.
 */
final class BoundedMessages {

	private static final String UNKNOWN = "-";

	private BoundedMessages() {
	}

	/**
	 * Return a text as a log line may quote it.
	 * @param text the text, or {@code null}
	 * @param maxLength the most characters kept
	 * @return the text escaped and cut, or {@code -} for {@code null}
	 */
	static String quote(@Nullable String text, int maxLength) {
		return (text != null) ? BoundedText.cut(escaped(text), maxLength) : UNKNOWN;
	}

	/**
	 * Return the exception to log with its stack trace: the exception itself when every message of its causes and
	 * suppressed exceptions is short enough, else a copy whose messages are quoted.
	 * @param exception the failure
	 * @param maxLength the most characters of a message kept
	 * @return the exception or its bounded copy
	 */
	static Throwable forStackTrace(Throwable exception, int maxLength) {
		return hasLongMessage(exception, maxLength, 0) ? new BoundedFailure(exception, maxLength, 0) : exception;
	}

	private static boolean hasLongMessage(Throwable exception, int maxLength, int depth) {
		if (depth >= Causes.MAX_DEPTH) {
			return false;
		}
		String message = exception.getMessage();
		if (message != null && message.length() > maxLength) {
			return true;
		}
		for (Throwable suppressed : exception.getSuppressed()) {
			if (hasLongMessage(suppressed, maxLength, depth + 1)) {
				return true;
			}
		}
		Throwable cause = exception.getCause();
		return cause != null && cause != exception && hasLongMessage(cause, maxLength, depth + 1);
	}

	private static String escaped(String text) {
		StringBuilder escaped = null;
		for (int i = 0; i < text.length(); i++) {
			char character = text.charAt(i);
			if (Character.isISOControl(character)) {
				if (escaped == null) {
					escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
				}
				escaped.append(switch (character) {
					case '\n' -> "\\n";
					case '\r' -> "\\r";
					case '\t' -> "\\t";
					default -> String.format("\\u%04x", (int) character);
				});
			}
			else if (escaped != null) {
				escaped.append(character);
			}
		}
		return (escaped != null) ? escaped.toString() : text;
	}

	/**
	 * A copy of a failure for its stack trace: the same frames, causes and suppressed exceptions, each described
	 * by its original's class name and quoted message. Logback (Spring Boot's default) prints an exception that
	 * overrides {@code toString()} by it, so the copy reads as the original; another logging framework may print
	 * this class's name in front.
	 */
	static final class BoundedFailure extends Throwable {

		private static final long serialVersionUID = 1L;

		BoundedFailure(Throwable original, int maxLength, int depth) {
			super(quote(original.toString(), maxLength), boundedCause(original, maxLength, depth), true, true);
			setStackTrace(original.getStackTrace());
			if (depth + 1 < Causes.MAX_DEPTH) {
				for (Throwable suppressed : original.getSuppressed()) {
					addSuppressed(new BoundedFailure(suppressed, maxLength, depth + 1));
				}
			}
		}

		private static @Nullable BoundedFailure boundedCause(Throwable original, int maxLength, int depth) {
			Throwable cause = original.getCause();
			return (cause != null && cause != original && depth + 1 < Causes.MAX_DEPTH)
					? new BoundedFailure(cause, maxLength, depth + 1) : null;
		}

		// The frames are the original's: capturing this constructor's own would be wasted.
		@Override
		public synchronized Throwable fillInStackTrace() {
			return this;
		}

		@Override
		public String toString() {
			return getMessage();
		}

	}

}

package io.github.problemdetails.internal.mapping;

import java.util.List;

import io.github.problemdetails.core.JsonPointer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;

import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Says what is wrong with an unreadable request body in words that are safe to send: where
 * the problem is (a line and column, or a JSON pointer), never the parser's own message,
 * which names Java types and echoes input.
 */
final class UnreadableBodyDetail {

	private static final String MISSING_BODY_PREFIX = "Required request body is missing";

	private UnreadableBodyDetail() {
	}

	static String of(HttpMessageNotReadableException exception) {
		Throwable cause = exception.getCause();
		// Jackson's read constraints (StreamReadConstraints): a limit of the application, not a syntax error.
		if (Causes.firstMatching(cause, StreamConstraintsException.class::isInstance) != null) {
			return "The request body exceeds a limit of this service on its length, its nesting, or the length of "
					+ "a number, string or name in it.";
		}
		if (cause instanceof StreamReadException malformed) {
			TokenStreamLocation location = malformed.getLocation();
			if (location != null && location.getLineNr() > 0) {
				return "The request body is not well-formed JSON (line " + location.getLineNr() + ", column "
						+ location.getColumnNr() + ").";
			}
			return "The request body is not well-formed JSON.";
		}
		if (cause instanceof JacksonException mismatch) {
			List<JacksonException.Reference> path = mismatch.getPath();
			if (!path.isEmpty()) {
				return "The value at '" + pointer(path) + "' does not have the expected type.";
			}
			return "The request body does not have the expected JSON structure.";
		}
		String message = exception.getMessage();
		if (message != null && message.startsWith(MISSING_BODY_PREFIX)) {
			return "The request body is missing.";
		}
		return "The request body cannot be read.";
	}

	private static String pointer(List<JacksonException.Reference> path) {
		StringBuilder pointer = new StringBuilder();
		for (JacksonException.Reference reference : path) {
			String name = reference.getPropertyName();
			int index = reference.getIndex();
			String token = (name != null) ? name : (index >= 0) ? Integer.toString(index) : "";
			JsonPointer.appendToken(pointer, token);
		}
		return pointer.toString();
	}

}

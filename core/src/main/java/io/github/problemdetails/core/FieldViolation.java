package io.github.problemdetails.core;

import java.util.Objects;

/**
 * One invalid input in a validation problem: an entry of the {@code errors} extension member.
 * <p>
 * Exactly one of {@code pointer} and {@code parameter} is set: {@code pointer} locates the value in the request
 * body, {@code parameter} names a query, path or header parameter.
 *
 * @param pointer the RFC 6901 JSON Pointer into the request body ({@code ""} for the whole document), or
 * {@code null} when the violation concerns a parameter
 * @param parameter the name of the query, path or header parameter, or {@code null} when the violation concerns
 * the request body
 * @param field the property path as the application sees it, such as {@code items[0].quantity}, or {@code null}
 * when there is none
 * @param message the human-readable description of the violation; never {@code null}
 * @param code the machine-readable violation code, such as a constraint name, or {@code null} when there is none
 * @param rejectedValue the value that was rejected, or {@code null} when it is not to be shown (the default: a
 * rejected value is echoed only when the application asks for it)
 */
public record FieldViolation(String pointer, String parameter, String field, String message, String code,
		Object rejectedValue) {

	/**
	 * Create a violation, checking that exactly one of {@code pointer} and {@code parameter} is set.
	 * @param pointer the JSON Pointer into the request body, or {@code null} for a parameter
	 * @param parameter the parameter name, or {@code null} for the request body
	 * @param field the property path, or {@code null} for none
	 * @param message the human-readable description; not {@code null}
	 * @param code the machine-readable violation code, or {@code null} for none
	 * @throws IllegalArgumentException if both or neither of {@code pointer} and {@code parameter} are set
	 */
	public FieldViolation {
		if ((pointer == null) == (parameter == null)) {
			throw new IllegalArgumentException("Exactly one of 'pointer' and 'parameter' must be set");
		}
		Objects.requireNonNull(message, "'message' must not be null");
	}

	/**
	 * Create a violation that does not show the rejected value.
	 * @param pointer the JSON Pointer into the request body, or {@code null} for a parameter
	 * @param parameter the parameter name, or {@code null} for the request body
	 * @param field the property path, or {@code null} for none
	 * @param message the human-readable description; not {@code null}
	 * @param code the machine-readable violation code, or {@code null} for none
	 * @throws IllegalArgumentException if both or neither of {@code pointer} and {@code parameter} are set
	 */
	public FieldViolation(String pointer, String parameter, String field, String message, String code) {
		this(pointer, parameter, field, message, code, null);
	}

	/**
	 * Return a copy of this violation that shows the given rejected value.
	 * @param value the rejected value, or {@code null} to show none
	 * @return the copy
	 */
	public FieldViolation withRejectedValue(Object value) {
		return new FieldViolation(this.pointer, this.parameter, this.field, this.message, this.code, value);
	}

	/**
	 * Create a violation of a request body field given as a bean property path; the pointer is derived with
	 * {@link #pointerOf(String)}.
	 * @param fieldPath the property path, such as {@code items[0].quantity}, or {@code ""} for the whole object;
	 * not {@code null}
	 * @param message the human-readable description; not {@code null}
	 * @param code the machine-readable violation code, or {@code null} for none
	 * @return the violation, whose {@code field} is the path, or {@code null} when the path is empty
	 */
	public static FieldViolation ofField(String fieldPath, String message, String code) {
		Objects.requireNonNull(fieldPath, "'fieldPath' must not be null");
		return new FieldViolation(pointerOf(fieldPath), null, fieldPath.isEmpty() ? null : fieldPath, message, code);
	}

	/**
	 * Create a violation of a request body value located by a JSON Pointer.
	 * @param pointer the RFC 6901 JSON Pointer, or {@code ""} for the whole document; not {@code null}
	 * @param field the property path, or {@code null} for none
	 * @param message the human-readable description; not {@code null}
	 * @param code the machine-readable violation code, or {@code null} for none
	 * @return the violation
	 */
	public static FieldViolation ofPointer(String pointer, String field, String message, String code) {
		Objects.requireNonNull(pointer, "'pointer' must not be null");
		return new FieldViolation(pointer, null, field, message, code);
	}

	/**
	 * Create a violation of a query, path or header parameter.
	 * @param parameter the parameter name, also used as {@code field}; not {@code null}
	 * @param message the human-readable description; not {@code null}
	 * @param code the machine-readable violation code, or {@code null} for none
	 * @return the violation
	 */
	public static FieldViolation ofParameter(String parameter, String message, String code) {
		Objects.requireNonNull(parameter, "'parameter' must not be null");
		return new FieldViolation(null, parameter, parameter, message, code);
	}

	/**
	 * Convert a bean property path into an RFC 6901 JSON Pointer.
	 * <p>
	 * Dots and brackets separate reference tokens: {@code items[0].quantity} becomes {@code /items/0/quantity},
	 * {@code attributes[color]} becomes {@code /attributes/color} and {@code ""} stays {@code ""}. A bracketed
	 * key is taken whole, dots included. Each token is escaped as RFC 6901 section 3 requires ({@code ~} as
	 * {@code ~0}, {@code /} as {@code ~1}).
	 * @param fieldPath the property path; not {@code null}
	 * @return the JSON Pointer, {@code ""} for an empty path
	 */
	public static String pointerOf(String fieldPath) {
		Objects.requireNonNull(fieldPath, "'fieldPath' must not be null");
		if (fieldPath.isEmpty()) {
			return "";
		}
		// A plain loop rather than a regular expression, each token appended from the path where it stands: this
		// runs for every violation of every request.
		StringBuilder pointer = new StringBuilder(fieldPath.length() + 8);
		int tokenStart = -1;
		boolean inBracket = false;
		for (int i = 0; i < fieldPath.length(); i++) {
			char c = fieldPath.charAt(i);
			if (inBracket) {
				if (c == ']') {
					JsonPointer.appendToken(pointer, fieldPath, tokenStart, i);
					tokenStart = -1;
					inBracket = false;
				}
			}
			else if (c == '.' || c == '[') {
				if (tokenStart >= 0) {
					JsonPointer.appendToken(pointer, fieldPath, tokenStart, i);
				}
				inBracket = (c == '[');
				tokenStart = inBracket ? i + 1 : -1;
			}
			else if (tokenStart < 0) {
				tokenStart = i;
			}
		}
		if (tokenStart >= 0) {
			JsonPointer.appendToken(pointer, fieldPath, tokenStart, fieldPath.length());
		}
		return pointer.toString();
	}

}

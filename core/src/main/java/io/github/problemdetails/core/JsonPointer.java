package io.github.problemdetails.core;

import java.util.Objects;

/**
 * Builds RFC 6901 JSON Pointers, the {@code pointer} of a violation in a request body.
 */
public final class JsonPointer {

	private JsonPointer() {
	}

	/**
	 * Append one reference token to a pointer: a {@code /}, then the token escaped as RFC 6901 section 3 requires
	 * ({@code ~} as {@code ~0}, {@code /} as {@code ~1}).
	 * @param pointer the pointer built so far; not {@code null}
	 * @param token the unescaped reference token, such as a property name or an array index; not {@code null}
	 * @return the pointer
	 */
	public static StringBuilder appendToken(StringBuilder pointer, CharSequence token) {
		Objects.requireNonNull(pointer, "'pointer' must not be null");
		Objects.requireNonNull(token, "'token' must not be null");
		return appendToken(pointer, token, 0, token.length());
	}

	// A token that is part of a longer text, such as a property path, without copying it out first.
	static StringBuilder appendToken(StringBuilder pointer, CharSequence text, int start, int end) {
		pointer.append('/');
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (c == '~') {
				pointer.append("~0");
			}
			else if (c == '/') {
				pointer.append("~1");
			}
			else {
				pointer.append(c);
			}
		}
		return pointer;
	}

}

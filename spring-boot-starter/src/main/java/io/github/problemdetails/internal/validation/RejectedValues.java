package io.github.problemdetails.internal.validation;

import java.util.Locale;

import io.github.problemdetails.core.FieldViolation;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether a violation may show the value it rejected: only when the application asks
 * for it, only for plain values (text, numbers, booleans, enum constants), never for a field
 * whose name looks secret, and text cut to a bounded length.
 */
final class RejectedValues {

	private static final String[] SECRET_NAMES = { "password", "passwd", "secret", "token", "key", "credential" };

	private static final int MAX_TEXT_LENGTH = 100;

	private RejectedValues() {
	}

	static FieldViolation show(FieldViolation violation, @Nullable String name, @Nullable Object value,
			boolean include) {
		if (!include || value == null || name == null || looksSecret(name)) {
			return violation;
		}
		if (value instanceof CharSequence text) {
			return violation.withRejectedValue((text.length() <= MAX_TEXT_LENGTH) ? text.toString()
					: text.subSequence(0, MAX_TEXT_LENGTH) + "…");
		}
		if (value instanceof Number || value instanceof Boolean) {
			return violation.withRejectedValue(value);
		}
		if (value instanceof Enum<?> constant) {
			return violation.withRejectedValue(constant.name());
		}
		return violation;
	}

	// The whole property path counts: a value inside "apiKey.value" or "credentials[0]" is secret too.
	private static boolean looksSecret(String name) {
		String lowerCase = name.toLowerCase(Locale.ROOT);
		for (String secret : SECRET_NAMES) {
			if (lowerCase.contains(secret)) {
				return true;
			}
		}
		return false;
	}

}

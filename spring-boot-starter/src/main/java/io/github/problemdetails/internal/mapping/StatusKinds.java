package io.github.problemdetails.internal.mapping;

import java.util.Locale;

import io.github.problemdetails.core.ProblemStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

/**
 * The {@link ProblemKind} registry by status, as the engine reads it for a problem that names no
 * type of its own: the slug, title and generic detail of the status's kind, or, for a status that
 * has no kind, ones made from its reason phrase. Built once; a lookup is an array access.
 */
final class StatusKinds {

	private static final int FIRST = ProblemStatus.MIN_ERROR;

	private static final int LAST = ProblemStatus.MAX;

	private static final ProblemKind[] KINDS = new ProblemKind[LAST - FIRST + 1];

	private static final String[] SLUGS = new String[LAST - FIRST + 1];

	private static final String[] TITLES = new String[LAST - FIRST + 1];

	private static final String[] REASON_PHRASES = new String[LAST - FIRST + 1];

	private static final String[] DETAILS = new String[LAST - FIRST + 1];

	static {
		for (int status = FIRST; status <= LAST; status++) {
			boolean clientError = ProblemStatus.isClientError(status);
			HttpStatus known = HttpStatus.resolve(status);
			String phrase = (known != null) ? known.getReasonPhrase() : clientError ? "Client Error" : "Server Error";
			REASON_PHRASES[status - FIRST] = phrase;
			TITLES[status - FIRST] = phrase;
			SLUGS[status - FIRST] = phrase.toLowerCase(Locale.ROOT).replace(' ', '-').replace("'", "");
			DETAILS[status - FIRST] = clientError ? "The request cannot be processed."
					: "The server failed to process the request.";
		}
		for (ProblemKind kind : ProblemKind.values()) {
			if (kind.isOfItsStatus()) {
				KINDS[kind.status() - FIRST] = kind;
				SLUGS[kind.status() - FIRST] = kind.slug();
				TITLES[kind.status() - FIRST] = kind.title();
				DETAILS[kind.status() - FIRST] = kind.detail();
			}
		}
	}

	private StatusKinds() {
	}

	static @Nullable ProblemKind kind(int status) {
		return (status >= FIRST && status <= LAST) ? KINDS[status - FIRST] : null;
	}

	static String slug(int status) {
		return SLUGS[index(status)];
	}

	static String title(int status) {
		return TITLES[index(status)];
	}

	/** The phrase that RFC 9457 §4.2.1 asks for as the title of an {@code about:blank} problem. */
	static String reasonPhrase(int status) {
		return REASON_PHRASES[index(status)];
	}

	static String detail(int status) {
		return DETAILS[index(status)];
	}

	private static int index(int status) {
		if (status < FIRST || status > LAST) {
			throw new IllegalArgumentException("'status' must be between 400 and 599: " + status);
		}
		return status - FIRST;
	}

}

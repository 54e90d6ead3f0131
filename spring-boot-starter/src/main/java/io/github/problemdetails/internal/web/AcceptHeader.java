package io.github.problemdetails.internal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.InvalidMimeTypeException;
import org.springframework.util.MimeTypeUtils;

/**
 * What a client's {@code Accept} header says about the one choice the starter makes: JSON,
 * the answer every client gets unless it prefers an {@link Alternative}. The header is read
 * with Spring's own media type parsing and ordering, as Spring MVC reads it.
 */
public final class AcceptHeader {

	private AcceptHeader() {
	}

	/**
	 * Whether the client prefers the alternative over JSON. The header's media ranges that ask
	 * for either are put in Spring's order ({@link MimeTypeUtils#sortBySpecificity}: quality,
	 * then specificity, then as listed), and the first one decides; it must accept the
	 * alternative with a quality above 0. A range asks for JSON when it is a JSON type or
	 * includes {@code application/problem+json} ({@code *}{@code /*}, {@code application/*}),
	 * so that a client that takes anything gets JSON. A header that Spring cannot parse asks for
	 * nothing in particular.
	 * @param accept the {@code Accept} header, or {@code null} if the client sent none
	 * @param alternative the representation the client may prefer
	 * @return whether the client ranks the alternative above JSON
	 */
	public static boolean prefersOverJson(@Nullable String accept, Alternative alternative) {
		// Most clients send no Accept, */* or JSON: a header that cannot name the alternative is not parsed.
		if (accept == null || !containsIgnoringCase(accept, alternative.name)) {
			return false;
		}
		List<MediaType> ranges = new ArrayList<>();
		try {
			for (MediaType range : MediaType.parseMediaTypes(accept)) {
				if (alternative.isAskedForBy(range) || asksForJson(range)) {
					ranges.add(range);
				}
			}
			MimeTypeUtils.sortBySpecificity(ranges);
		}
		catch (InvalidMediaTypeException | InvalidMimeTypeException ex) {
			return false;
		}
		if (ranges.isEmpty()) {
			return false;
		}
		MediaType first = ranges.get(0);
		return alternative.isAskedForBy(first) && first.getQualityValue() > 0;
	}

	private static boolean asksForJson(MediaType range) {
		String subtype = range.getSubtype();
		return subtype.equals("json") || subtype.endsWith("+json")
				|| range.includes(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private static boolean containsIgnoringCase(String text, String part) {
		for (int i = 0; i <= text.length() - part.length(); i++) {
			if (text.regionMatches(true, i, part, 0, part.length())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A representation that a client may prefer over JSON.
	 */
	public enum Alternative {

		/**
		 * XML of any kind: {@code application/xml}, {@code text/xml}, {@code application/problem+xml}
		 * and every other {@code +xml} type, {@code application/xhtml+xml} of browsers included.
		 */
		XML("xml", (range) -> range.getSubtype().endsWith("xml")),

		/**
		 * An HTML page: {@code text/html}.
		 */
		HTML("html", MediaType.TEXT_HTML::equalsTypeAndSubtype);

		// Every media range that asks for the alternative contains this name.
		private final String name;

		private final Predicate<MediaType> askedForBy;

		Alternative(String name, Predicate<MediaType> askedForBy) {
			this.name = name;
			this.askedForBy = askedForBy;
		}

		boolean isAskedForBy(MediaType range) {
			return this.askedForBy.test(range);
		}

	}

}

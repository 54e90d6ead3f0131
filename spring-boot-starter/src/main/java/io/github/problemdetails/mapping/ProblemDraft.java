package io.github.problemdetails.mapping;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * What an {@link ExceptionRule} decides about one exception, before the engine applies the
 * contract's rules (type URIs, titles, generic 5xx details, trace ID).
 *
 * @param status the HTTP status
 * @param type a type slug, or an absolute type URI
 * @param title a title, or {@code null} for the status's default
 * @param detail a client-safe detail, or {@code null} for the status's default
 * @param code a machine-readable code, or {@code null}
 * @param extensions further members, in order
 * @param headers response headers the status requires
 */
public record ProblemDraft(int status, String type, @Nullable String title, @Nullable String detail,
		@Nullable String code, Map<String, Object> extensions, HttpHeaders headers) {

	/**
	 * A draft with the status's default slug and title, and no further members.
	 * @param status the HTTP status, 400 to 599
	 * @param detail a client-safe detail, or {@code null} for the status's default
	 * @param headers response headers the status requires
	 * @return the draft
	 */
	public static ProblemDraft ofStatus(int status, @Nullable String detail, HttpHeaders headers) {
		return new ProblemDraft(status, StatusDefaults.slug(status), null, detail, null, Map.of(), headers);
	}

	/**
	 * A draft with its own slug and no further members or headers.
	 * @param status the HTTP status, 400 to 599
	 * @param type the type slug
	 * @param detail a client-safe detail, or {@code null} for the status's default
	 * @return the draft
	 */
	public static ProblemDraft of(int status, String type, @Nullable String detail) {
		return new ProblemDraft(status, type, null, detail, null, Map.of(), HttpHeaders.EMPTY);
	}

}

package io.github.problemdetails.mapping;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.github.problemdetails.core.FieldViolation;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * What an {@link ExceptionRule} decides about one exception, before the engine applies the
 * contract's rules (type URIs, titles, generic 5xx details, reserved members, the trace ID).
 *
 * @param status the HTTP status, 400 to 599
 * @param type a type slug, an absolute type URI, or {@code null} for the type of the status
 * @param title a title, or {@code null} for the title of the type or status
 * @param detail a client-safe detail, or {@code null} for the status's generic sentence
 * @param code a machine-readable code in UPPER_SNAKE_CASE, or {@code null}
 * @param violations the field violations of a validation problem, the {@code errors} member;
 * empty for other problems
 * @param extensions further members, in order; a member that the contract reserves (a standard
 * member, {@code code}, {@code errors}, the trace-ID member) is never written from here
 * @param headers response headers the status requires, such as {@code Retry-After}
 */
public record ProblemDraft(int status, @Nullable String type, @Nullable String title, @Nullable String detail,
		@Nullable String code, List<FieldViolation> violations, Map<String, Object> extensions, HttpHeaders headers) {

	/**
	 * Create a draft, copying the violations and extensions.
	 * @throws NullPointerException if a violation, an extension's name or its value is {@code null}
	 */
	public ProblemDraft {
		violations = List.copyOf(violations);
		extensions = orderedCopy(extensions);
	}

	/**
	 * A draft of the status's own type, title and generic detail.
	 * @param status the HTTP status, 400 to 599
	 * @return the draft
	 */
	public static ProblemDraft ofStatus(int status) {
		return new ProblemDraft(status, null, null, null, null, List.of(), Map.of(), HttpHeaders.EMPTY);
	}

	/**
	 * A draft of the status's own type and title.
	 * @param status the HTTP status, 400 to 599
	 * @param detail a client-safe detail, or {@code null} for the status's generic sentence
	 * @param headers response headers the status requires
	 * @return the draft
	 */
	public static ProblemDraft ofStatus(int status, @Nullable String detail, HttpHeaders headers) {
		return new ProblemDraft(status, null, null, detail, null, List.of(), Map.of(), headers);
	}

	/**
	 * A draft with its own type, and no further members or headers.
	 * @param status the HTTP status, 400 to 599
	 * @param type the type slug or absolute type URI
	 * @param detail a client-safe detail, or {@code null} for the status's generic sentence
	 * @return the draft
	 */
	public static ProblemDraft of(int status, String type, @Nullable String detail) {
		return new ProblemDraft(status, type, null, detail, null, List.of(), Map.of(), HttpHeaders.EMPTY);
	}

	/**
	 * A copy of this draft with the given title.
	 * @param title the title, or {@code null} for the title of the type or status
	 * @return the copy
	 */
	public ProblemDraft withTitle(@Nullable String title) {
		return new ProblemDraft(this.status, this.type, title, this.detail, this.code, this.violations,
				this.extensions, this.headers);
	}

	/**
	 * A copy of this draft with the given field violations.
	 * @param violations the violations, the {@code errors} member
	 * @return the copy
	 */
	public ProblemDraft withViolations(List<FieldViolation> violations) {
		return new ProblemDraft(this.status, this.type, this.title, this.detail, this.code, violations,
				this.extensions, this.headers);
	}

	// Map.copyOf would do, but forgets the order that the members are written in.
	private static Map<String, Object> orderedCopy(Map<String, Object> extensions) {
		if (extensions.isEmpty()) {
			return Map.of();
		}
		Map<String, Object> copy = new LinkedHashMap<>();
		extensions.forEach((name, value) -> copy.put(Objects.requireNonNull(name, "'name' must not be null"),
				Objects.requireNonNull(value, "'value' must not be null")));
		return Collections.unmodifiableMap(copy);
	}

}

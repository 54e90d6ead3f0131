package io.github.problemdetails.core.json;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.problemdetails.core.FieldViolation;
import io.github.problemdetails.core.Problem;
import io.github.problemdetails.core.ProblemMembers;

/**
 * Turns the members of a parsed problem document, JSON or XML alike, into a {@link Problem}: standard members of
 * the wrong type are ignored (RFC 9457 section 3.1), an {@code errors} list becomes {@link FieldViolation}s when
 * every entry is one, and every other member is kept as an extension.
 */
public final class ProblemDocument {

	private static final String CODE = "code";

	private static final String ERRORS = "errors";

	private ProblemDocument() {
	}

	/**
	 * Build a problem from the members of a parsed document.
	 * @param members the members by name: strings, whole numbers as {@code Long}, booleans, lists and maps of those;
	 * not {@code null}
	 * @param responseStatus the HTTP status of the response, used when the document has no valid {@code status}
	 * @return the problem
	 * @throws IllegalArgumentException if neither the document nor the response has a valid status
	 */
	public static Problem toProblem(Map<String, ?> members, int responseStatus) {
		Problem.Builder problem = Problem.builder();
		int status = statusOf(members.get("status"));
		if (status == 0) {
			if (responseStatus < 100 || responseStatus > 599) {
				throw new IllegalArgumentException("Problem has no valid status");
			}
			status = responseStatus;
		}
		problem.status(status);
		problem.type(uriOf(members.get("type")));
		problem.title((members.get("title") instanceof String title) ? title : null);
		problem.detail((members.get("detail") instanceof String detail) ? detail : null);
		problem.instance(uriOf(members.get("instance")));
		members.forEach((name, value) -> {
			if (!ProblemMembers.STANDARD.contains(name) && value != null) {
				problem.extension(name, ERRORS.equals(name) ? violationsOf(value) : value);
			}
		});
		return problem.build();
	}

	// A whole number: a status given as text, for example, is of the wrong type.
	private static int statusOf(Object value) {
		if (value instanceof Long status && status >= 100 && status <= 599) {
			return status.intValue();
		}
		return 0;
	}

	private static URI uriOf(Object value) {
		if (!(value instanceof String text)) {
			return null;
		}
		try {
			return new URI(text.strip());
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	// All or nothing: a list that mixes violations and other values would be harder to use than either.
	private static Object violationsOf(Object value) {
		if (!(value instanceof List<?> entries) || entries.isEmpty()) {
			return value;
		}
		List<FieldViolation> violations = new ArrayList<>(entries.size());
		for (Object entry : entries) {
			FieldViolation violation = violationOf(entry);
			if (violation == null) {
				return value;
			}
			violations.add(violation);
		}
		return List.copyOf(violations);
	}

	private static FieldViolation violationOf(Object entry) {
		if (!(entry instanceof Map<?, ?> members)) {
			return null;
		}
		String pointer = stringOf(members.get("pointer"));
		String parameter = stringOf(members.get("parameter"));
		String message = stringOf(members.get("message"));
		if (message == null || (pointer == null) == (parameter == null)) {
			return null;
		}
		FieldViolation violation = new FieldViolation(pointer, parameter, stringOf(members.get("field")), message,
				stringOf(members.get(CODE)));
		Object rejected = members.get("rejectedValue");
		return (rejected != null) ? violation.withRejectedValue(rejected) : violation;
	}

	private static String stringOf(Object value) {
		return (value instanceof String text) ? text : null;
	}

}

package io.github.problemdetails.core;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The members of a problem document as a reader found them, turned into a {@link Problem}, whatever the format:
 * JSON and XML readers parse, this class decides what the members mean. Standard members of the wrong type are
 * ignored (RFC 9457 section 3.1), an {@code errors} list becomes {@link FieldViolation}s when every entry is one,
 * and every other member is kept as an extension.
 */
public final class ProblemDocument {

	private ProblemDocument() {
	}

	/**
	 * Build a problem from the members of a parsed document.
	 * @param members the members by name: strings, whole numbers as {@code Long}, other numbers, booleans, lists
	 * and maps of those, {@code null} for a null value; not {@code null}
	 * @param responseStatus the HTTP status of the response, used when the document has no valid {@code status}
	 * @return the problem
	 * @throws IllegalArgumentException if neither the document nor the response has a valid status
	 */
	public static Problem toProblem(Map<String, ?> members, int responseStatus) {
		Problem.Builder problem = Problem.builder();
		int status = statusOf(members.get(ProblemMembers.STATUS));
		if (status == 0) {
			if (!ProblemStatus.isValid(responseStatus)) {
				throw new IllegalArgumentException("Problem has no valid status");
			}
			status = responseStatus;
		}
		problem.status(status);
		problem.type(uriOf(members.get(ProblemMembers.TYPE)));
		problem.title(stringOf(members.get(ProblemMembers.TITLE)));
		problem.detail(stringOf(members.get(ProblemMembers.DETAIL)));
		problem.instance(uriOf(members.get(ProblemMembers.INSTANCE)));
		members.forEach((name, value) -> {
			if (!ProblemMembers.STANDARD.contains(name) && value != null) {
				problem.extension(name, ProblemMembers.ERRORS.equals(name) ? violationsOf(value) : value);
			}
		});
		return problem.build();
	}

	/**
	 * Return the machine-readable error code of a problem, its {@code code} member.
	 * @param problem the problem; not {@code null}
	 * @return the code, or {@code null} when the problem has none or it is not a string
	 */
	public static String code(Problem problem) {
		return stringOf(problem.extensions().get(ProblemMembers.CODE));
	}

	/**
	 * Return the field violations of a problem built by {@link #toProblem(Map, int)}, its {@code errors} member.
	 * @param problem the problem; not {@code null}
	 * @return the violations; empty when the problem has none or they are not well-formed violations
	 */
	public static List<FieldViolation> fieldViolations(Problem problem) {
		if (problem.extensions().get(ProblemMembers.ERRORS) instanceof List<?> errors && !errors.isEmpty()
				&& errors.get(0) instanceof FieldViolation) {
			List<FieldViolation> violations = new ArrayList<>(errors.size());
			errors.forEach((error) -> violations.add((FieldViolation) error));
			return List.copyOf(violations);
		}
		return List.of();
	}

	// A whole number: a status given as text, for example, is of the wrong type.
	private static int statusOf(Object value) {
		if (value instanceof Long status && status == status.intValue() && ProblemStatus.isValid(status.intValue())) {
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
		String pointer = stringOf(members.get(ProblemMembers.Violation.POINTER));
		String parameter = stringOf(members.get(ProblemMembers.Violation.PARAMETER));
		String message = stringOf(members.get(ProblemMembers.Violation.MESSAGE));
		if (message == null || (pointer == null) == (parameter == null)) {
			return null;
		}
		FieldViolation violation = new FieldViolation(pointer, parameter,
				stringOf(members.get(ProblemMembers.Violation.FIELD)), message,
				stringOf(members.get(ProblemMembers.Violation.CODE)));
		Object rejected = members.get(ProblemMembers.Violation.REJECTED_VALUE);
		return (rejected != null) ? violation.withRejectedValue(rejected) : violation;
	}

	private static String stringOf(Object value) {
		return (value instanceof String text) ? text : null;
	}

}

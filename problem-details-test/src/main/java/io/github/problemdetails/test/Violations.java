package io.github.problemdetails.test;

import java.util.Comparator;

import io.github.problemdetails.core.FieldViolation;
import io.github.problemdetails.core.ProblemMembers.Violation;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Entries of a problem's {@code errors} member compared with the violations they stand for.
 */
final class Violations {

	// Numbers by value: a rejected -3 reads back as an int whether it was given as an int or a long.
	private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (actual, expected) -> {
		if (actual.isNumber() && expected.isNumber()) {
			return actual.decimalValue().compareTo(expected.decimalValue());
		}
		return actual.equals(expected) ? 0 : 1;
	};

	private Violations() {
	}

	/**
	 * Whether an entry of {@code errors} has exactly the members of a violation: the same values,
	 * no member that the violation leaves out, no other member.
	 * @param entry the entry
	 * @param violation the violation
	 * @return whether they match
	 */
	static boolean matches(JsonNode entry, FieldViolation violation) {
		return entry.equals(NUMBERS_BY_VALUE, toJson(violation));
	}

	/**
	 * Render a violation as the entry of {@code errors} that stands for it.
	 * @param violation the violation
	 * @return the entry
	 */
	static ObjectNode toJson(FieldViolation violation) {
		ObjectNode entry = JsonMapper.shared().createObjectNode();
		putIfSet(entry, Violation.POINTER, violation.pointer());
		putIfSet(entry, Violation.PARAMETER, violation.parameter());
		putIfSet(entry, Violation.FIELD, violation.field());
		putIfSet(entry, Violation.MESSAGE, violation.message());
		putIfSet(entry, Violation.CODE, violation.code());
		if (violation.rejectedValue() != null) {
			entry.set(Violation.REJECTED_VALUE, JsonMapper.shared().valueToTree(violation.rejectedValue()));
		}
		return entry;
	}

	private static void putIfSet(ObjectNode entry, String name, @Nullable String value) {
		if (value != null) {
			entry.put(name, value);
		}
	}

}

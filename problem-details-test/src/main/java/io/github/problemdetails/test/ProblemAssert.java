package io.github.problemdetails.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import io.github.problemdetails.core.FieldViolation;
import io.github.problemdetails.core.ProblemMembers;
import io.github.problemdetails.core.ProblemMembers.Violation;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Assertions on the members of an RFC 9457 problem. Every failure message shows the whole
 * problem, pretty-printed.
 */
public class ProblemAssert extends AbstractAssert<ProblemAssert, JsonNode> {

	/** Response header that returns the trace ID, by default. */
	public static final String TRACE_ID_HEADER = "X-Trace-Id";

	// What the starter echoes or generates: inert in a header, a log line and a JSON string.
	private static final Pattern TRACE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	// W3C Trace Context §3.2.2.3: what a traceparent carries and what the starter generates.
	private static final Pattern W3C_TRACE_ID = Pattern.compile("[0-9a-f]{32}");

	private final @Nullable RecordedResponse response;

	private String traceIdMember = ProblemMembers.TRACE_ID;

	private String traceIdHeader = TRACE_ID_HEADER;

	/**
	 * Create assertions on a problem.
	 * @param problem the problem as a JSON object
	 * @param response the response it came with, or {@code null} for a body alone
	 */
	public ProblemAssert(JsonNode problem, @Nullable RecordedResponse response) {
		super(problem, ProblemAssert.class);
		this.response = response;
	}

	/**
	 * Use other names for the trace ID, for an application that configures
	 * {@code problem-details.trace-id.member} and {@code response-header}.
	 * @param member the member of the body
	 * @param header the response header; empty for none
	 * @return this
	 */
	public ProblemAssert usingTraceId(String member, String header) {
		this.traceIdMember = member;
		this.traceIdHeader = header;
		return this;
	}

	ProblemAssert hasStandardMembers() {
		String type = text(ProblemMembers.TYPE);
		String title = text(ProblemMembers.TITLE);
		if (type == null || type.isBlank() || title == null || title.isBlank()
				|| !this.actual.path(ProblemMembers.STATUS).isIntegralNumber()) {
			fail("to have the members \"type\" and \"title\" (non-blank strings) and \"status\" (a number)");
		}
		return this;
	}

	/**
	 * Verify the {@code status} member (and so the response status, which must equal it).
	 * @param status the expected status
	 * @return this
	 */
	public ProblemAssert hasStatus(int status) {
		int actualStatus = this.actual.path(ProblemMembers.STATUS).asInt();
		if (actualStatus != status) {
			fail("to have status %s but was %s", status, actualStatus);
		}
		return this;
	}

	/**
	 * Verify the {@code type}: the whole type URI, or its slug (the last path segment).
	 * @param type the expected type URI or slug, such as {@code validation-failed}
	 * @return this
	 */
	public ProblemAssert hasType(String type) {
		String actualType = text(ProblemMembers.TYPE);
		boolean matches = type.equals(actualType) || (actualType != null && !type.contains(":")
				&& (actualType.endsWith("/" + type)));
		if (!matches) {
			fail("to have type %s but was %s", quote(type), quote(actualType));
		}
		return this;
	}

	/**
	 * Verify the {@code title}.
	 * @param title the expected title
	 * @return this
	 */
	public ProblemAssert hasTitle(String title) {
		return hasMember(ProblemMembers.TITLE, title);
	}

	/**
	 * Verify that the problem has a {@code detail} that is not blank, whatever it says.
	 * @return this
	 */
	public ProblemAssert hasDetail() {
		String detail = text(ProblemMembers.DETAIL);
		if (detail == null || detail.isBlank()) {
			fail("to have a detail but was %s", quote(detail));
		}
		return this;
	}

	/**
	 * Verify the {@code detail}.
	 * @param detail the expected detail
	 * @return this
	 */
	public ProblemAssert hasDetail(String detail) {
		return hasMember(ProblemMembers.DETAIL, detail);
	}

	/**
	 * Verify that the {@code detail} contains a text.
	 * @param text the expected part of the detail
	 * @return this
	 */
	public ProblemAssert hasDetailContaining(String text) {
		String detail = text(ProblemMembers.DETAIL);
		if (detail == null || !detail.contains(text)) {
			fail("to have a detail containing %s but was %s", quote(text), quote(detail));
		}
		return this;
	}

	/**
	 * Verify the {@code instance}.
	 * @param instance the expected request path
	 * @return this
	 */
	public ProblemAssert hasInstance(String instance) {
		return hasMember(ProblemMembers.INSTANCE, instance);
	}

	/**
	 * Verify the {@code code}.
	 * @param code the expected code, such as {@code USER_EMAIL_TAKEN}
	 * @return this
	 */
	public ProblemAssert hasCode(String code) {
		return hasMember(ProblemMembers.CODE, code);
	}

	/**
	 * Verify that the problem has a well-formed trace ID (1 to 64 letters, digits, dots, dashes
	 * or underscores, the IDs the starter echoes or generates), equal to the trace-ID response
	 * header when the response is known.
	 * @return this
	 */
	public ProblemAssert hasTraceId() {
		String traceId = text(this.traceIdMember);
		if (traceId == null || traceId.isBlank()) {
			fail("to have a trace ID in %s", quote(this.traceIdMember));
		}
		if (!TRACE_ID.matcher(traceId).matches()) {
			fail("to have a trace ID of 1 to 64 letters, digits, dots, dashes or underscores but was %s",
					quote(traceId));
		}
		if (this.response != null && this.response.status() != null && !this.traceIdHeader.isEmpty()) {
			String header = this.response.header(this.traceIdHeader);
			if (!Objects.equals(traceId, header)) {
				fail("to have the trace ID of the %s header, %s, but was %s", this.traceIdHeader, quote(header),
						quote(traceId));
			}
		}
		return this;
	}

	/**
	 * Verify the trace ID.
	 * @param traceId the expected trace ID
	 * @return this
	 */
	public ProblemAssert hasTraceId(String traceId) {
		hasTraceId();
		return hasMember(this.traceIdMember, traceId);
	}

	/**
	 * Verify that the problem has a trace ID in the W3C Trace Context form, 32 lowercase hex
	 * digits, as taken from {@code traceparent} or generated, equal to the trace-ID response
	 * header when the response is known.
	 * @return this
	 */
	public ProblemAssert hasW3cTraceId() {
		hasTraceId();
		String traceId = text(this.traceIdMember);
		if (traceId == null || !W3C_TRACE_ID.matcher(traceId).matches()) {
			fail("to have a W3C trace ID (32 lowercase hex digits) but was %s", quote(traceId));
		}
		return this;
	}

	/**
	 * Verify that {@code errors} has a violation at a location with a message. The location is
	 * a JSON pointer into the body ({@code /email}), a parameter name, or a field path.
	 * @param location the pointer, parameter or field
	 * @param message the expected message
	 * @return this
	 */
	public ProblemAssert hasFieldError(String location, String message) {
		List<String> seen = new ArrayList<>();
		for (JsonNode violation : this.actual.path(ProblemMembers.ERRORS)) {
			boolean located = location.equals(violation.path(Violation.POINTER).asString(null))
					|| location.equals(violation.path(Violation.PARAMETER).asString(null))
					|| location.equals(violation.path(Violation.FIELD).asString(null));
			if (located && message.equals(violation.path(Violation.MESSAGE).asString(null))) {
				return this;
			}
			seen.add(violation.toString());
		}
		fail("to have a violation at %s with message %s, but \"errors\" has %s", quote(location), quote(message),
				seen.isEmpty() ? "none" : String.join(", ", seen));
		return this;
	}

	/**
	 * Verify the number of violations in {@code errors}.
	 * @param count the expected number
	 * @return this
	 */
	public ProblemAssert hasFieldErrorCount(int count) {
		int actualCount = this.actual.path(ProblemMembers.ERRORS).size();
		if (actualCount != count) {
			fail("to have %s violations but had %s", count, actualCount);
		}
		return this;
	}

	/**
	 * Verify every violation in {@code errors}, in order, each with exactly the members the
	 * violation gives: a member it leaves {@code null}, such as a rejected value that is not to be
	 * shown, must be absent.
	 * @param violations the expected violations, such as
	 * {@code FieldViolation.ofField("items[0].quantity", "must be greater than 0", "Positive")}
	 * @return this
	 */
	public ProblemAssert hasFieldErrors(FieldViolation... violations) {
		JsonNode errors = this.actual.path(ProblemMembers.ERRORS);
		boolean matches = errors.isArray() && errors.size() == violations.length;
		for (int i = 0; matches && i < violations.length; i++) {
			matches = Violations.matches(errors.get(i), violations[i]);
		}
		if (!matches) {
			List<String> expected = new ArrayList<>();
			for (FieldViolation violation : violations) {
				expected.add(Violations.toJson(violation).toString());
			}
			fail("to have the violations %s but \"errors\" was %s", String.join(", ", expected),
					errors.isMissingNode() ? "absent" : errors.toString());
		}
		return this;
	}

	/**
	 * Verify a member, standard or extension, whose value is a string, number or boolean.
	 * @param name the member name
	 * @param value the expected value
	 * @return this
	 */
	public ProblemAssert hasMember(String name, Object value) {
		JsonNode member = this.actual.get(name);
		boolean matches = member != null && ((value instanceof String text) ? member.isString()
				&& text.equals(member.asString())
				: (value instanceof Number number) ? member.isNumber() && number.toString().equals(member.asString())
						: member.isValueNode() && value.toString().equals(member.asString()));
		if (!matches) {
			fail("to have %s %s but was %s", quote(name), quote(value.toString()),
					(member != null) ? member.toString() : "absent");
		}
		return this;
	}

	/**
	 * Verify that a member is absent.
	 * @param name the member name
	 * @return this
	 */
	public ProblemAssert doesNotHaveMember(String name) {
		if (this.actual.has(name)) {
			fail("not to have %s but it was %s", quote(name), this.actual.get(name).toString());
		}
		return this;
	}

	private @Nullable String text(String name) {
		JsonNode member = this.actual.get(name);
		return (member != null && member.isString()) ? member.asString() : null;
	}

	private static String quote(@Nullable String text) {
		return (text != null) ? "\"" + text + "\"" : "absent";
	}

	// The whole problem in every message: what the test saw matters more than the one member that differs.
	private void fail(String expectation, Object... arguments) {
		String body = JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(this.actual);
		String status = (this.response != null && this.response.status() != null)
				? " (response status " + this.response.status() + ")" : "";
		failWithMessage("%nExpecting problem " + String.format(expectation, arguments).replace("%", "%%") + status
				+ ":%n%s", body);
	}

}

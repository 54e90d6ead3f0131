package io.github.problemdetails.core;

import java.util.Objects;
import java.util.Set;

/**
 * Names of the members of a problem on the wire: the RFC 9457 standard members and the extension members that
 * problem-details writes itself. Every part of the project spells a member through these constants.
 * <p>
 * The standard members and the members the starter writes are reserved: an application's extension member may
 * never use one of them, nor the name the application configured for the trace ID.
 */
public final class ProblemMembers {

	/** {@code type}: the URI reference that identifies the problem type (RFC 9457 section 3.1.1). */
	public static final String TYPE = "type";

	/** {@code title}: the short summary of the problem type (RFC 9457 section 3.1.3). */
	public static final String TITLE = "title";

	/** {@code status}: the HTTP status code of this occurrence (RFC 9457 section 3.1.2). */
	public static final String STATUS = "status";

	/** {@code detail}: the explanation of this occurrence (RFC 9457 section 3.1.4). */
	public static final String DETAIL = "detail";

	/** {@code instance}: the URI reference of this occurrence (RFC 9457 section 3.1.5). */
	public static final String INSTANCE = "instance";

	/** The RFC 9457 standard members. */
	public static final Set<String> STANDARD = Set.of(TYPE, TITLE, STATUS, DETAIL, INSTANCE);

	/** {@code traceId}: the trace ID of the failed request, unless the application names the member otherwise. */
	public static final String TRACE_ID = "traceId";

	/** {@code code}: the machine-readable error code, such as {@code USER_EMAIL_TAKEN}. */
	public static final String CODE = "code";

	/** {@code errors}: the field violations of a validation problem, at most as many as the service answers with. */
	public static final String ERRORS = "errors";

	/**
	 * {@code errorCount}: the number of field violations of a validation problem, when there are more than
	 * {@code errors} lists.
	 */
	public static final String ERROR_COUNT = "errorCount";

	/** {@code timestamp}: the time of the failure, ISO-8601 in UTC, when the application asks for it. */
	public static final String TIMESTAMP = "timestamp";

	/** {@code upstreamInstance}: the {@code instance} of an upstream's problem, when configured to be forwarded. */
	public static final String UPSTREAM_INSTANCE = "upstreamInstance";

	/** {@code upstreamTraceId}: the trace ID of an upstream's problem, when configured to be forwarded. */
	public static final String UPSTREAM_TRACE_ID = "upstreamTraceId";

	/** The extension members that problem-details writes itself, under their default names. */
	public static final Set<String> WRITTEN_BY_STARTER = Set.of(TRACE_ID, CODE, ERRORS, ERROR_COUNT, TIMESTAMP);

	private ProblemMembers() {
	}

	/**
	 * Names of the members of one entry of {@code errors}, a field violation.
	 */
	public static final class Violation {

		/** {@code pointer}: the RFC 6901 JSON Pointer of the invalid value in the request body. */
		public static final String POINTER = "pointer";

		/** {@code parameter}: the name of the invalid query, path or header parameter. */
		public static final String PARAMETER = "parameter";

		/** {@code field}: the property path of the invalid value, as the application sees it. */
		public static final String FIELD = "field";

		/** {@code message}: the human-readable description of the violation. */
		public static final String MESSAGE = "message";

		/** {@code code}: the machine-readable violation code, such as a constraint name. */
		public static final String CODE = "code";

		/** {@code rejectedValue}: the value that was rejected, when the application shows it. */
		public static final String REJECTED_VALUE = "rejectedValue";

		private Violation() {
		}

	}

	/**
	 * Whether an application's extension member may not use the given name: a standard member, a member that
	 * problem-details writes itself, or the configured name of the trace-ID member.
	 * @param name the member name; not {@code null}
	 * @param traceIdMember the configured name of the trace-ID member; not {@code null}
	 * @return whether the name is reserved
	 */
	public static boolean isReserved(String name, String traceIdMember) {
		Objects.requireNonNull(name, "'name' must not be null");
		Objects.requireNonNull(traceIdMember, "'traceIdMember' must not be null");
		return STANDARD.contains(name) || WRITTEN_BY_STARTER.contains(name) || name.equals(traceIdMember);
	}

}

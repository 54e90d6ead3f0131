package io.github.problemdetails.mapping;

/**
 * Names of the extension members that problem-details adds to every problem, kept in one
 * place so that the engine, the serializers and the tests never spell them differently.
 */
public final class ProblemMembers {

	/** Trace ID of the failed request. */
	public static final String TRACE_ID = "traceId";

	/** Machine-readable error code, such as {@code USER_EMAIL_TAKEN}. */
	public static final String CODE = "code";

	/** Time of the failure, ISO-8601 in UTC, when configured. */
	public static final String TIMESTAMP = "timestamp";

	/** Field violations of a validation problem. */
	public static final String ERRORS = "errors";

	/** {@code instance} of an upstream's problem, when configured to be forwarded. */
	public static final String UPSTREAM_INSTANCE = "upstreamInstance";

	/** Trace ID of an upstream's problem, when configured to be forwarded. */
	public static final String UPSTREAM_TRACE_ID = "upstreamTraceId";

	private ProblemMembers() {
	}

}

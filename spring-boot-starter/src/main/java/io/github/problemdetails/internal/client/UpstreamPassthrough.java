package io.github.problemdetails.internal.client;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.github.problemdetails.client.UpstreamProblemException;
import io.github.problemdetails.core.Problem;
import io.github.problemdetails.core.ProblemMembers;
import io.github.problemdetails.core.ProblemStatus;
import io.github.problemdetails.core.exception.ProblemHeaders;
import io.github.problemdetails.mapping.ProblemDraft;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * Which problems of an upstream keep their status when they reach the client, and what of them is forwarded:
 * always the upstream's {@code type}, {@code title}, {@code code} and field errors ({@code errors}, without
 * rejected values unless the application shows them) and {@code Retry-After}; its {@code detail},
 * {@code instance} (as {@code upstreamInstance}) and trace ID (as {@code upstreamTraceId}) only when configured,
 * since they describe the upstream's internals.
 *
 * @param statuses the upstream statuses that pass through, client errors (400 to 499)
 * @param forwardDetail whether the upstream's {@code detail} is forwarded
 * @param forwardInstance whether the upstream's {@code instance} is forwarded as {@code upstreamInstance}
 * @param forwardTraceId whether the upstream's trace ID is forwarded as {@code upstreamTraceId}
 */
public record UpstreamPassthrough(Set<Integer> statuses, boolean forwardDetail, boolean forwardInstance,
		boolean forwardTraceId) {

	/** Nothing passes through: every upstream problem is a 502. */
	public static final UpstreamPassthrough NONE = new UpstreamPassthrough(Set.of(), false, false, false);

	// An upstream's title is shown as it is; a longer one is no title but an attempt to smuggle text.
	private static final int MAX_TITLE_LENGTH = 200;

	/**
	 * Create a passthrough, copying the statuses.
	 * @throws IllegalArgumentException if a status is no client error
	 */
	public UpstreamPassthrough {
		statuses = Set.copyOf(statuses);
		for (int status : statuses) {
			if (!ProblemStatus.isClientError(status)) {
				throw new IllegalArgumentException("'statuses' must be client errors from 400 to 499: " + status);
			}
		}
	}

	/**
	 * The draft of an upstream problem whose status passes through.
	 * @param exception the upstream problem
	 * @return the draft, or {@code null} when the status does not pass through
	 */
	@Nullable ProblemDraft draft(UpstreamProblemException exception) {
		int status = exception.getStatusCode().value();
		if (!this.statuses.contains(status)) {
			return null;
		}
		Problem problem = exception.getProblem();
		URI type = problem.type();
		boolean typed = type.isAbsolute() && !Problem.BLANK_TYPE.equals(type);
		String slug = typed ? type.toString() : null;
		String title = (typed && problem.title() != null && problem.title().length() <= MAX_TITLE_LENGTH)
				? problem.title() : null;
		String detail = this.forwardDetail ? problem.detail() : null;
		Map<String, Object> extensions = new LinkedHashMap<>();
		if (this.forwardInstance && problem.instance() != null) {
			extensions.put(ProblemMembers.UPSTREAM_INSTANCE, problem.instance().toString());
		}
		if (this.forwardTraceId && exception.getTraceId() != null) {
			extensions.put(ProblemMembers.UPSTREAM_TRACE_ID, exception.getTraceId());
		}
		HttpHeaders headers = new HttpHeaders();
		Duration retryAfter = exception.getRetryAfter();
		if (retryAfter != null) {
			headers.set(ProblemHeaders.RETRY_AFTER, ProblemHeaders.retryAfterSeconds(retryAfter));
		}
		return new ProblemDraft(status, slug, title, detail, codeOf(exception), exception.getFieldViolations(),
				extensions, headers);
	}

	// Contract: a code is UPPER_SNAKE_CASE; anything else from an upstream is dropped, not reflected.
	private static @Nullable String codeOf(UpstreamProblemException exception) {
		String code = exception.getCode();
		return (code != null && code.length() <= 100 && code.matches("[A-Z][A-Z0-9_]*")) ? code : null;
	}

}

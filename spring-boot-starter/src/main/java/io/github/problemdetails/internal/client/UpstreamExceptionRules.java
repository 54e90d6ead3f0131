package io.github.problemdetails.internal.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.problemdetails.client.UpstreamProblemException;
import io.github.problemdetails.internal.mapping.Causes;
import io.github.problemdetails.mapping.ExceptionRule;
import io.github.problemdetails.mapping.ExceptionRuleSet;
import io.github.problemdetails.mapping.ProblemDraft;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.client.UnknownContentTypeException;

/**
 * Rules for failed calls to upstream services through {@code RestClient} or
 * {@code RestTemplate} that escape a controller: an error answer or an unusable body is a 502,
 * no answer in time a 504, an upstream that cannot be reached at all a 502 or 503, other I/O
 * failures a 502. A {@code RestClientException} for which the upstream is not to blame, such
 * as a request body without a converter, stays an unexpected 500.
 *
 * <p>The upstream's status, headers and body never reach the client. When configured so, the
 * detail names the upstream's host and port, if Spring's exception states them reliably.
 */
public class UpstreamExceptionRules implements ExceptionRuleSet {


	private final int connectionFailureStatus;

	private final boolean exposeUpstream;

	private final UpstreamPassthrough passthrough;

	/**
	 * Create the rules, with every upstream problem answered as 502.
	 * @param connectionFailureStatus the status when an upstream cannot be reached at all
	 * (connection refused, unknown host, no route): 502 or 503
	 * @param exposeUpstream whether the detail names the upstream's host and port
	 */
	public UpstreamExceptionRules(int connectionFailureStatus, boolean exposeUpstream) {
		this(connectionFailureStatus, exposeUpstream, UpstreamPassthrough.NONE);
	}

	/**
	 * Create the rules.
	 * @param connectionFailureStatus the status when an upstream cannot be reached at all
	 * (connection refused, unknown host, no route): 502 or 503
	 * @param exposeUpstream whether the detail names the upstream's host and port
	 * @param passthrough which upstream problems ({@link UpstreamProblemException}) keep their
	 * status, and what of them is forwarded
	 */
	public UpstreamExceptionRules(int connectionFailureStatus, boolean exposeUpstream,
			UpstreamPassthrough passthrough) {
		if (connectionFailureStatus != 502 && connectionFailureStatus != 503) {
			throw new IllegalArgumentException("'connectionFailureStatus' must be 502 or 503");
		}
		this.connectionFailureStatus = connectionFailureStatus;
		this.exposeUpstream = exposeUpstream;
		this.passthrough = passthrough;
	}

	// The rules capture values only: the engine caches them per exception class.
	@Override
	public Map<Class<? extends Throwable>, ExceptionRule> rules() {
		int unreachableStatus = this.connectionFailureStatus;
		boolean expose = this.exposeUpstream;
		UpstreamPassthrough passthrough = this.passthrough;
		Map<Class<? extends Throwable>, ExceptionRule> rules = new LinkedHashMap<>();
		rules.put(RestClientResponseException.class, (exception, request) -> Failure.FAILED
			.draft(expose ? UpstreamHost.of((RestClientResponseException) exception) : null));
		// Contract's upstream rule: 502, unless the upstream's status is configured to pass through.
		rules.put(UpstreamProblemException.class, (exception, request) -> {
			UpstreamProblemException problem = (UpstreamProblemException) exception;
			ProblemDraft draft = passthrough.draft(problem);
			return (draft != null) ? draft : Failure.FAILED.draft(expose ? UpstreamHost.of(problem) : null);
		});
		rules.put(UnknownContentTypeException.class, (exception, request) -> Failure.FAILED.draft(null));
		rules.put(ResourceAccessException.class, (exception, request) -> ioFailure(exception,
				unreachableStatus, expose ? UpstreamHost.of((ResourceAccessException) exception) : null));
		rules.put(RestClientException.class,
				(exception, request) -> unreadableAnswer(exception, unreachableStatus));
		return rules;
	}

	// RestClient and RestTemplate wrap a failure to read the answer's body in a plain RestClientException.
	private static ProblemDraft unreadableAnswer(Throwable exception, int unreachableStatus) {
		Throwable cause = exception.getCause();
		if (cause instanceof HttpMessageNotReadableException) {
			return Failure.FAILED.draft(null);
		}
		if (cause instanceof IOException) {
			return ioFailure(exception, unreachableStatus, null);
		}
		return ProblemDraft.ofStatus(500, null, HttpHeaders.EMPTY);
	}

	private static ProblemDraft ioFailure(Throwable exception, int unreachableStatus, @Nullable String host) {
		Failure failure = Failure.ofCauses(exception);
		return (failure == Failure.UNREACHABLE) ? failure.draft(unreachableStatus, host) : failure.draft(host);
	}

	/**
	 * What went wrong with an upstream call, and how a detail that names the upstream says it.
	 */
	private enum Failure {

		FAILED(502, " failed to answer properly."),

		TIMEOUT(504, " did not answer in time."),

		// 502 unless configured otherwise.
		UNREACHABLE(502, " cannot be reached.");

		private final int status;

		private final String predicate;

		Failure(int status, String predicate) {
			this.status = status;
			this.predicate = predicate;
		}

		ProblemDraft draft(@Nullable String host) {
			return draft(this.status, host);
		}

		ProblemDraft draft(int status, @Nullable String host) {
			String detail = (host != null) ? "The upstream service at " + host + this.predicate : null;
			return ProblemDraft.ofStatus(status, detail, HttpHeaders.EMPTY);
		}

		// The first cause that says what happened decides: a connect timeout may wrap a ConnectException.
		static Failure ofCauses(Throwable exception) {
			Throwable decisive = Causes.firstMatching(exception.getCause(),
					(cause) -> isTimeout(cause) || isUnreachable(cause));
			return (decisive == null) ? FAILED : isTimeout(decisive) ? TIMEOUT : UNREACHABLE;
		}

		// InterruptedIOException covers SocketTimeoutException and the timeouts of other clients.
		private static boolean isTimeout(Throwable cause) {
			return cause instanceof HttpTimeoutException || cause instanceof InterruptedIOException;
		}

		private static boolean isUnreachable(Throwable cause) {
			return cause instanceof ConnectException || cause instanceof UnknownHostException
					|| cause instanceof NoRouteToHostException || cause instanceof UnresolvedAddressException;
		}

	}

}

package io.github.problemdetails.internal.web;

import java.io.IOException;
import java.util.Locale;

import io.github.problemdetails.internal.logging.ProblemLogger;
import io.github.problemdetails.internal.mapping.MappedProblem;
import io.github.problemdetails.internal.mapping.ProblemMapper;
import io.github.problemdetails.internal.trace.ErrorRecorder;
import io.github.problemdetails.mapping.ProblemRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ProblemDetail;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Decides the answer to a failed request, whatever the web stack: maps the failure with the one
 * engine, logs it once and records it on the request's observation. Writing the answer is left
 * to the stack's adapter, which calls this exactly once per failure it answers.
 */
public class ProblemResponder {

	private final ProblemMapper mapper;

	private final ProblemLogger logger;

	private final @Nullable ErrorRecorder errorRecorder;

	/**
	 * Create a responder.
	 * @param mapper the mapping engine
	 * @param logger logs the failure
	 * @param errorRecorder records the failure for tracing, or {@code null} for none
	 */
	public ProblemResponder(ProblemMapper mapper, ProblemLogger logger, @Nullable ErrorRecorder errorRecorder) {
		this.mapper = mapper;
		this.logger = logger;
		this.errorRecorder = errorRecorder;
	}

	/**
	 * Answer a failed request.
	 * @param failure the failure, without the wrappers of the web server
	 * @param request the failed request
	 * @return the answer, or {@code null} when the client has gone away: nobody is left to
	 * answer, and it is no failure of the service, so nothing is logged or recorded either
	 */
	public @Nullable MappedProblem respond(Throwable failure, ProblemRequest request) {
		if (isClientGone(failure)) {
			return null;
		}
		return answered(this.mapper.map(failure, request), request);
	}

	/**
	 * Answer a failure that the web server dispatched to its error handling with a status of
	 * its own choosing.
	 * @param failure the failure, without the wrappers of the web server, or {@code null} when
	 * only the status is known
	 * @param containerStatus the status the web server chose
	 * @param request the failed request
	 * @return the answer
	 * @see ProblemMapper#mapDispatchedError
	 */
	public MappedProblem respondToDispatchedError(@Nullable Throwable failure, int containerStatus,
			ProblemRequest request) {
		return answered(this.mapper.mapDispatchedError(failure, containerStatus, request), request);
	}

	/**
	 * Complete a problem that the application built itself; it answers a request that the
	 * application handled, so nothing is logged or recorded.
	 * @param problem the application's problem, completed in place
	 * @param status the status of the response that carries it
	 * @param request the request it answers
	 * @return the locale that its title or detail was translated into, or {@code null}
	 * @see ProblemMapper#complete
	 */
	public @Nullable Locale complete(ProblemDetail problem, int status, ProblemRequest request) {
		return this.mapper.complete(problem, status, request);
	}

	/**
	 * Whether a failed controller leaves the failure unanswered, for a filter around the
	 * application to answer.
	 * @param failure the failure
	 * @return whether the failure is answered outside the controllers
	 * @see ProblemMapper#isAnsweredOutsideControllers
	 */
	public boolean isAnsweredOutsideControllers(Throwable failure) {
		return this.mapper.isAnsweredOutsideControllers(failure);
	}

	/**
	 * Answer a request that the web server rejected for what the client sent before the application saw it, with
	 * a status of the server's choosing that need not be a client error (505 for an HTTP version it does not
	 * support): logged as the client's fault.
	 * @param failure the failure, or {@code null} when only the status is known
	 * @param serverStatus the status the web server chose
	 * @param request the rejected request
	 * @return the answer
	 * @see ProblemLogger#logClientFault
	 */
	public MappedProblem respondToRejectedRequest(@Nullable Throwable failure, int serverStatus,
			ProblemRequest request) {
		MappedProblem mapped = this.mapper.mapDispatchedError(failure, serverStatus, request);
		this.logger.logClientFault(mapped, request.method(), request.path(), request.traceId());
		return recorded(mapped, request);
	}

	private MappedProblem answered(MappedProblem mapped, ProblemRequest request) {
		this.logger.log(mapped, request.method(), request.path(), request.traceId());
		return recorded(mapped, request);
	}

	private MappedProblem recorded(MappedProblem mapped, ProblemRequest request) {
		if (this.errorRecorder != null) {
			this.errorRecorder.record(request, mapped.status(), mapped.exception());
		}
		return mapped;
	}

	private static boolean isClientGone(Throwable failure) {
		return failure instanceof AsyncRequestNotUsableException
				|| (failure instanceof IOException && DisconnectedClientHelper.isClientDisconnectedException(failure));
	}

}

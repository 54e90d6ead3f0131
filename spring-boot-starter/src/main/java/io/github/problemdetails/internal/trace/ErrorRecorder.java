package io.github.problemdetails.internal.trace;

import io.github.problemdetails.mapping.ProblemRequest;
import org.jspecify.annotations.Nullable;

/**
 * Records a failure that the starter answered on the request's observation or span, so that a tracing backend
 * marks the request failed although no exception left the application. Free of any web stack: the request's
 * attributes are reached through the {@link ProblemRequest}.
 */
@FunctionalInterface
public interface ErrorRecorder {

	/**
	 * Record the failure of a request.
	 * @param request the request, or its error dispatch
	 * @param status the status of the answer
	 * @param failure the failure, or {@code null} when only a status is known
	 */
	void record(ProblemRequest request, int status, @Nullable Throwable failure);

}

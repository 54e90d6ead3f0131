package io.github.problemdetails.internal.trace;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * Records a failure that the starter answered on the request's observation or span, so that a tracing backend
 * marks the request failed although no exception left the application.
 */
@FunctionalInterface
public interface ErrorRecorder {

	/**
	 * Record the failure of a request.
	 * @param request the request, or its error dispatch
	 * @param status the status of the answer
	 * @param failure the failure, or {@code null} when only a status is known
	 */
	void record(HttpServletRequest request, int status, @Nullable Throwable failure);

}

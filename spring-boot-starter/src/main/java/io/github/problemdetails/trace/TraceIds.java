package io.github.problemdetails.trace;

import io.github.problemdetails.internal.trace.RequestTraceId;
import org.jspecify.annotations.Nullable;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The trace ID of the request that the current thread serves: the ID that the request's
 * problems carry as {@code traceId} and its response in the trace-ID header, for application
 * code that shows it elsewhere (its own response bodies, its own problems, messages to support).
 */
public final class TraceIds {

	private TraceIds() {
	}

	/**
	 * Return the trace ID of the current request.
	 * @return the trace ID, or {@code null} outside a request (or in a request that the
	 * starter's trace-ID filter has not seen, such as one on another thread)
	 */
	public static @Nullable String current() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes == null) {
			return null;
		}
		return (attributes.getAttribute(RequestTraceId.ATTRIBUTE,
				RequestAttributes.SCOPE_REQUEST) instanceof String traceId) ? traceId : null;
	}

}

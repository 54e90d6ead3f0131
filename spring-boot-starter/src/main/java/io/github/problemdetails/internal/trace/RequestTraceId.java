package io.github.problemdetails.internal.trace;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The trace ID of a servlet request, kept as a request attribute so that the error dispatch
 * of a failed request shows the same ID as the request itself.
 */
public final class RequestTraceId {

	/** Request attribute that holds the trace ID. */
	public static final String ATTRIBUTE = RequestTraceId.class.getName();

	/** Key of the trace ID in the logging MDC. */
	public static final String MDC_KEY = "traceId";

	private RequestTraceId() {
	}

	/**
	 * The trace ID of the request: the one already resolved for it, else resolved now and
	 * remembered.
	 * @param request the request
	 * @param resolver resolves an ID from the request's headers
	 * @return the trace ID
	 */
	public static String obtain(HttpServletRequest request, TraceIdResolver resolver) {
		if (request.getAttribute(ATTRIBUTE) instanceof String traceId) {
			return traceId;
		}
		String traceId = resolver.resolve(request, HttpServletRequest::getHeader);
		request.setAttribute(ATTRIBUTE, traceId);
		return traceId;
	}

}

package io.github.problemdetails.internal.trace;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

import org.springframework.core.Ordered;

/**
 * Gives every request its trace ID: as a request attribute, in the response header and in
 * the logging MDC while the request runs, so that the log line of a failure and the problem
 * body show the same ID. Registered for request, error and async dispatches (not for forwards
 * and includes, which run inside a request that has its ID), it reuses on an error or async
 * dispatch the ID that the original request already has. Where the starter also registers its
 * problem filter, that filter does this one's work in its place ({@link #enter}, {@link #leave}).
 * <p>
 * A plain filter rather than a {@code OncePerRequestFilter}: the dispatcher types of its
 * registration already run it once per dispatch, and the attribute that a
 * {@code OncePerRequestFilter} sets and removes on every request costs a request that does not
 * fail more than the rest of this filter.
 */
public class TraceIdFilter implements Filter, Ordered {

	/**
	 * Order of the filter: right after Spring Boot's observation filter
	 * ({@code HIGHEST_PRECEDENCE + 1}), so that a current span exists when tracing is present,
	 * and before Spring Security's chain, so that its 401 and 403 answers carry the ID.
	 */
	public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 2;

	// Compared by identity: what enter returns when the MDC already shows the request's ID.
	private static final String LEFT_AS_IT_WAS = new String("left as it was");

	private final TraceIdResolver resolver;

	private final @Nullable String responseHeader;

	private final String mdcKey;

	/**
	 * Create a filter that puts the ID in the MDC under {@value RequestTraceId#MDC_KEY}.
	 * @param resolver resolves the trace ID of a request
	 * @param responseHeader header that returns the ID to the caller, or {@code null} for none
	 */
	public TraceIdFilter(TraceIdResolver resolver, @Nullable String responseHeader) {
		this(resolver, responseHeader, RequestTraceId.MDC_KEY);
	}

	/**
	 * Create a filter.
	 * @param resolver resolves the trace ID of a request
	 * @param responseHeader header that returns the ID to the caller, or {@code null} for none
	 * @param mdcKey key of the ID in the logging MDC
	 */
	public TraceIdFilter(TraceIdResolver resolver, @Nullable String responseHeader, String mdcKey) {
		this.resolver = resolver;
		this.responseHeader = (responseHeader != null && !responseHeader.isBlank()) ? responseHeader : null;
		this.mdcKey = mdcKey;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		@Nullable String restored = enter((HttpServletRequest) request, (HttpServletResponse) response);
		try {
			chain.doFilter(request, response);
		}
		finally {
			leave(restored);
		}
	}

	/**
	 * Give the request its trace ID, as {@link #doFilter} does before the rest of the chain, for
	 * a filter that does this filter's work in its own place in the chain.
	 * @param request the request
	 * @param response the response, which gets the ID in its header
	 * @return what {@link #leave} restores in the MDC once the request is done
	 */
	public @Nullable String enter(HttpServletRequest request, HttpServletResponse response) {
		String traceId = RequestTraceId.obtain(request, this.resolver);
		if (this.responseHeader != null) {
			response.setHeader(this.responseHeader, traceId);
		}
		String previous = MDC.get(this.mdcKey);
		if (traceId.equals(previous)) {
			// The tracer's scope shows the span's trace ID under the same key, and removes it when it closes.
			return LEFT_AS_IT_WAS;
		}
		MDC.put(this.mdcKey, traceId);
		return previous;
	}

	/**
	 * Restore the MDC as it was before {@link #enter}.
	 * @param restored what {@code enter} returned for the request
	 */
	public void leave(@Nullable String restored) {
		if (restored == LEFT_AS_IT_WAS) {
			return;
		}
		if (restored != null) {
			MDC.put(this.mdcKey, restored);
		}
		else {
			MDC.remove(this.mdcKey);
		}
	}

}

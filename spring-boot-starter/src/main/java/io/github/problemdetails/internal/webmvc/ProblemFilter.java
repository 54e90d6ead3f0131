package io.github.problemdetails.internal.webmvc;

import java.io.IOException;

import io.github.problemdetails.internal.trace.TraceIdFilter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;

/**
 * Answers an exception thrown by a filter after this one (or by anything else outside the
 * controllers) with a problem, mapped by the same engine as everything else. Without it the
 * exception would reach the servlet container, which logs it a second time and answers through
 * the error page. Also gives an error status that leaves without a body (a
 * {@code ResponseEntity.notFound().build()}, a {@code setStatus(404)}, an entry point that
 * only sets the status) the contract's body for that status; never for {@code HEAD}, a
 * response with a body or a content type, a committed response or a started async request.
 * Presents media types that nothing can use as absent ({@link UsableMediaTypeRequest}).
 * <p>
 * Where the {@link TraceIdFilter} is the starter's own, this filter does its work in its place,
 * first, on request, error and async dispatches: every request then runs through one filter of
 * the starter's, not two, and its stack, which every exception thrown under it fills in, is two
 * frames shallower. It answers failures on request dispatches only, which runs that part once
 * per request without the attribute that a {@code OncePerRequestFilter} would set and remove
 * on every request.
 */
public class ProblemFilter implements Filter, Ordered {

	/**
	 * Order of the filter: right after the {@link TraceIdFilter}, so that the trace ID and the
	 * MDC are set when a failure is logged, and before every filter whose failure it answers.
	 */
	public static final int ORDER = TraceIdFilter.ORDER + 1;

	private final ProblemResponseWriter writer;

	private final @Nullable TraceIdFilter traceIds;

	/**
	 * Create the filter.
	 * @param writer answers the request
	 */
	public ProblemFilter(ProblemResponseWriter writer) {
		this(writer, null);
	}

	/**
	 * Create the filter.
	 * @param writer answers the request
	 * @param traceIds the trace-ID filter whose work this one does in its place, first, or
	 * {@code null} if it runs on its own
	 */
	public ProblemFilter(ProblemResponseWriter writer, @Nullable TraceIdFilter traceIds) {
		this.writer = writer;
		this.traceIds = traceIds;
	}

	@Override
	public int getOrder() {
		return (this.traceIds != null) ? TraceIdFilter.ORDER : ORDER;
	}

	// One method, not two: every exception thrown under it fills in its frames.
	@Override
	public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
			throws ServletException, IOException {
		HttpServletRequest request = (HttpServletRequest) servletRequest;
		HttpServletResponse response = (HttpServletResponse) servletResponse;
		TraceIdFilter traceIds = this.traceIds;
		@Nullable String restored = (traceIds != null) ? traceIds.enter(request, response) : null;
		try {
			if (request.getDispatcherType() != DispatcherType.REQUEST) {
				// An error or async dispatch, which it runs through for the trace ID only.
				chain.doFilter(request, response);
				return;
			}
			// A HEAD response has no body to complete.
			BodyTrackingResponse tracked = HttpMethod.HEAD.matches(request.getMethod()) ? null
					: new BodyTrackingResponse(response);
			try {
				chain.doFilter(UsableMediaTypeRequest.of(request), (tracked != null) ? tracked : response);
			}
			catch (ServletException | IOException | RuntimeException ex) {
				this.writer.write(ex, request, response);
				return;
			}
			if (tracked == null) {
				return;
			}
			if (tracked.needsProblemBody() && !request.isAsyncStarted()) {
				// Answered as the error page answers a status without an exception.
				this.writer.writeDispatchedError(null, response.getStatus(), request, response);
			}
			else {
				tracked.flushHeldBack();
			}
		}
		finally {
			if (traceIds != null) {
				traceIds.leave(restored);
			}
		}
	}

}

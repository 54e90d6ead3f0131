package io.github.problemdetails.internal.webmvc;

import java.io.IOException;

import io.github.problemdetails.internal.trace.TraceIdFilter;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
 * Registered for request dispatches only, which runs it once per request without the attribute
 * that a {@code OncePerRequestFilter} would set and remove on every request.
 */
public class ProblemFilter implements Filter, Ordered {

	/**
	 * Order of the filter: right after the {@link TraceIdFilter}, so that the trace ID and the
	 * MDC are set when a failure is logged, and before every filter whose failure it answers.
	 */
	public static final int ORDER = TraceIdFilter.ORDER + 1;

	private final ProblemResponseWriter writer;

	/**
	 * Create the filter.
	 * @param writer answers the request
	 */
	public ProblemFilter(ProblemResponseWriter writer) {
		this.writer = writer;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
			throws ServletException, IOException {
		HttpServletRequest request = (HttpServletRequest) servletRequest;
		HttpServletResponse response = (HttpServletResponse) servletResponse;
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

}

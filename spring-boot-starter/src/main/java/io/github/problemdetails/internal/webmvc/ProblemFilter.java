package io.github.problemdetails.internal.webmvc;

import java.io.IOException;

import io.github.problemdetails.internal.trace.TraceIdFilter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers an exception thrown by a filter after this one (or by anything else outside the
 * controllers) with a problem, mapped by the same engine as the controller advice. Without
 * it the exception would reach the servlet container, which logs it a second time and
 * answers through the error page. Presents media types that nothing can use as absent
 * ({@link UsableMediaTypeRequest}).
 */
public class ProblemFilter extends OncePerRequestFilter implements Ordered {

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
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(UsableMediaTypeRequest.of(request), response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			this.writer.write(ex, request, response);
		}
	}

}

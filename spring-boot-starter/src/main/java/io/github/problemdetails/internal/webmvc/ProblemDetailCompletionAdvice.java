package io.github.problemdetails.internal.webmvc;

import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Completes every {@link ProblemDetail} that Spring MVC writes for the application (returned by
 * a controller or an {@code @ExceptionHandler}, also inside a {@code ResponseEntity} or as the
 * body of a returned {@code ErrorResponse}) to the contract, keeping everything the application
 * set. It has no exception handlers of its own.
 */
@ControllerAdvice
public class ProblemDetailCompletionAdvice implements ResponseBodyAdvice<Object>, Ordered {

	/**
	 * Order of this advice: first, so that it sees the application's {@code ProblemDetail}
	 * before an advice of the application wraps the body in an envelope of its own.
	 */
	public static final int ORDER = Ordered.HIGHEST_PRECEDENCE;

	private final ProblemResponseWriter writer;

	/**
	 * Create the advice.
	 * @param writer completes the problem and writes the contract's headers
	 */
	public ProblemDetailCompletionAdvice(ProblemResponseWriter writer) {
		this.writer = writer;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	// The declared return type says little (Object, ResponseEntity<?>): the body itself is checked.
	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public @Nullable Object beforeBodyWrite(@Nullable Object body, MethodParameter returnType,
			MediaType selectedContentType, Class<? extends HttpMessageConverter<?>> selectedConverterType,
			ServerHttpRequest request, ServerHttpResponse response) {
		if (body instanceof ProblemDetail problem && request instanceof ServletServerHttpRequest servletRequest
				&& response instanceof ServletServerHttpResponse servletResponse) {
			this.writer.complete(problem, servletRequest.getServletRequest(), servletResponse.getServletResponse());
		}
		return body;
	}

}

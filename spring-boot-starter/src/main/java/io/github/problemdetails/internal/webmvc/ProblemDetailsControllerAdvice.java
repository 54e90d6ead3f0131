package io.github.problemdetails.internal.webmvc;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers every exception that leaves a controller with a problem: our typed exceptions,
 * every exception Spring MVC raises, and any other exception (as a 500). Handler methods of
 * the controller itself still come first, as Spring MVC always tries them before any advice.
 * An exception that an integration leaves to a filter around the application (Spring
 * Security's access denials) is thrown on, unanswered.
 */
@RestControllerAdvice
public class ProblemDetailsControllerAdvice implements Ordered {

	/**
	 * Order of this advice: just before Spring Boot's own {@code ProblemDetailsExceptionHandler}
	 * ({@code @Order(0)}, present with {@code spring.mvc.problemdetails.enabled}), so that the
	 * answer is the same with or without it. An application's advice ordered before this value
	 * still wins.
	 */
	public static final int ORDER = -1;

	private final ProblemResponseWriter writer;

	/**
	 * Create the advice.
	 * @param writer answers the request
	 */
	public ProblemDetailsControllerAdvice(ProblemResponseWriter writer) {
		this.writer = writer;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	/**
	 * Answer the failed request with the problem for the exception.
	 * @param exception the exception
	 * @param request the request
	 * @param response the response
	 * @throws Exception the exception itself, when a filter around the application answers it, or
	 * the {@code IOException} of a body that cannot be written
	 */
	@ExceptionHandler(Throwable.class)
	public void handle(Throwable exception, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		// Spring MVC treats the exception thrown on as unresolved, and lets it leave the DispatcherServlet.
		if (exception instanceof Exception unanswered && this.writer.isAnsweredOutsideControllers(exception)) {
			throw unanswered;
		}
		this.writer.write(exception, request, response);
	}

}

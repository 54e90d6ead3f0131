package io.github.problemdetails.internal.webmvc;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers every exception that Spring MVC's handlers throw with a problem (our typed exceptions,
 * every exception Spring MVC raises, any other exception as a 500), unless an
 * {@code @ExceptionHandler} of the application handles it: then this resolver steps aside and
 * Spring MVC runs the application's handler exactly as without the starter, whatever the
 * handler's order. Which handler Spring MVC would choose is worked out once per handler type
 * and exception class ({@link ApplicationExceptionHandlers}).
 */
public class ProblemHandlerExceptionResolver implements HandlerExceptionResolver, Ordered, SmartInitializingSingleton {

	/**
	 * Order of this resolver: after Spring Boot's {@code DefaultErrorAttributes}
	 * ({@code HIGHEST_PRECEDENCE}), which records the exception for error pages, and before
	 * Spring MVC's own resolvers (order {@code 0}), so that the starter, not Spring MVC's
	 * defaults, answers what the application does not handle.
	 */
	public static final int ORDER = -1;

	private final ProblemResponseWriter writer;

	private final ApplicationContext applicationContext;

	// Advice beans are only all known once the context is refreshed, after this bean is created.
	private volatile @Nullable ApplicationExceptionHandlers applicationHandlers;

	/**
	 * Create the resolver.
	 * @param writer answers the request
	 * @param applicationContext the context whose {@code @ControllerAdvice} beans may handle
	 * exceptions
	 */
	public ProblemHandlerExceptionResolver(ProblemResponseWriter writer, ApplicationContext applicationContext) {
		this.writer = writer;
		this.applicationContext = applicationContext;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	// At startup, so that what cannot be taken back from the application's advice is said before any request.
	@Override
	public void afterSingletonsInstantiated() {
		applicationHandlers();
	}

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception exception) {
		// What an integration answers outside the controllers (Spring Security's filter) is left to it.
		if (applicationHandlers().answer(handler, exception) || this.writer.isAnsweredOutsideControllers(exception)) {
			return null;
		}
		try {
			this.writer.write(exception, request, response);
		}
		catch (IOException ex) {
			// Writing failed, most likely because the client has gone away: nothing more can be sent.
		}
		return new ModelAndView();
	}

	private ApplicationExceptionHandlers applicationHandlers() {
		ApplicationExceptionHandlers handlers = this.applicationHandlers;
		if (handlers == null) {
			synchronized (this) {
				handlers = this.applicationHandlers;
				if (handlers == null) {
					handlers = ApplicationExceptionHandlers.find(this.applicationContext);
					this.applicationHandlers = handlers;
				}
			}
		}
		return handlers;
	}

}

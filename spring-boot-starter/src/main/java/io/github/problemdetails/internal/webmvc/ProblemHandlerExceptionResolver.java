package io.github.problemdetails.internal.webmvc;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.web.method.ControllerAdviceBean;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers an exception thrown by a controller method directly, when no {@code @ExceptionHandler}
 * method of the application could take precedence over {@link ProblemDetailsControllerAdvice}:
 * none in the controller and none in an advice ordered before it. The answer is the advice's
 * own, without Spring MVC looking up, building and invoking a handler method (annotation scans
 * and reflection included) for every failure. Otherwise this resolver steps aside and Spring MVC
 * chooses the handler method as always.
 *
 * <p>Whether a controller class has such handler methods is worked out once per class.
 */
public class ProblemHandlerExceptionResolver implements HandlerExceptionResolver, Ordered {

	/**
	 * Order of this resolver: after Spring Boot's {@code DefaultErrorAttributes}
	 * ({@code HIGHEST_PRECEDENCE}), which records the exception for error pages, and just
	 * before Spring MVC's own resolvers (order {@code 0}), whose {@code @ExceptionHandler}
	 * lookup would otherwise choose the advice.
	 */
	public static final int ORDER = -1;

	private final ProblemResponseWriter writer;

	private final ApplicationContext applicationContext;

	// Advice beans are only all known once the context is refreshed, after this bean is created.
	private volatile @Nullable PrecedingHandlers precedingHandlers;

	private final ClassValue<Boolean> answeredHere = new ClassValue<>() {
		@Override
		protected Boolean computeValue(Class<?> controllerType) {
			return precedingHandlers().noneApplyTo(controllerType);
		}
	};

	/**
	 * Create the resolver.
	 * @param writer answers the request, as the advice does
	 * @param applicationContext the context whose {@code @ControllerAdvice} beans may take
	 * precedence
	 */
	public ProblemHandlerExceptionResolver(ProblemResponseWriter writer, ApplicationContext applicationContext) {
		this.writer = writer;
		this.applicationContext = applicationContext;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception exception) {
		// Only a controller method's failures: Spring MVC applies advice to other handlers by its own rules.
		if (!(handler instanceof HandlerMethod handlerMethod) || !this.answeredHere.get(handlerMethod.getBeanType())
				|| this.writer.isAnsweredOutsideControllers(exception)) {
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

	private PrecedingHandlers precedingHandlers() {
		PrecedingHandlers handlers = this.precedingHandlers;
		if (handlers == null) {
			handlers = PrecedingHandlers.find(this.applicationContext);
			this.precedingHandlers = handlers;
		}
		return handlers;
	}

	/**
	 * The {@code @ExceptionHandler} advice that Spring MVC tries before ours, in its order.
	 *
	 * @param advice advice beans ordered before ours that have exception handler methods
	 * @param adviceFound whether our advice, unchanged, is among the context's advice beans
	 */
	private record PrecedingHandlers(List<ControllerAdviceBean> advice, boolean adviceFound) {

		static PrecedingHandlers find(ApplicationContext context) {
			List<ControllerAdviceBean> preceding = new ArrayList<>();
			for (ControllerAdviceBean advice : ControllerAdviceBean.findAnnotatedBeans(context)) {
				Class<?> beanType = advice.getBeanType();
				if (beanType == ProblemDetailsControllerAdvice.class) {
					return new PrecedingHandlers(List.copyOf(preceding), true);
				}
				if (beanType != null && new ExceptionHandlerMethodResolver(beanType).hasExceptionMappings()) {
					preceding.add(advice);
				}
			}
			// Our advice is replaced or subclassed: only Spring MVC knows which of its methods applies.
			return new PrecedingHandlers(List.of(), false);
		}

		boolean noneApplyTo(Class<?> controllerType) {
			// An interface-based proxy hides the class whose advice applies; Spring MVC resolves it per request.
			if (!this.adviceFound || Proxy.isProxyClass(controllerType)
					|| new ExceptionHandlerMethodResolver(controllerType).hasExceptionMappings()) {
				return false;
			}
			return this.advice.stream().noneMatch((advice) -> advice.isApplicableToBeanType(controllerType));
		}

	}

}

package io.github.problemdetails.internal.webmvc;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import io.github.problemdetails.internal.mapping.Causes;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.web.method.ControllerAdviceBean;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

/**
 * The application's {@code @ExceptionHandler} methods, chosen among as Spring MVC's
 * {@code ExceptionHandlerExceptionResolver} chooses: the controller's own, then those of every
 * {@code @ControllerAdvice} that applies to the controller, in Spring's order, whatever that
 * order; for each, a method for the exception's class, else for one of its causes. Spring
 * Boot's own {@code ProblemDetailsExceptionHandler} is the starter's place: what it would
 * handle, the starter answers.
 *
 * <p>Which one handles an exception class thrown by a handler type is worked out once and kept
 * with the classes ({@link ClassValue}); per failure only the cause chain is walked.
 */
final class ApplicationExceptionHandlers {

	private static final Logger logger = LoggerFactory.getLogger(ApplicationExceptionHandlers.class);

	// Spring Boot's advice for spring.mvc.problemdetails.enabled; package-private, so known by name.
	private static final String SPRING_BOOT_HANDLER = "org.springframework.boot.webmvc.autoconfigure."
			+ "ProblemDetailsExceptionHandler";

	private final List<Advice> advice;

	private final Coverage global;

	private final ClassValue<Coverage> byHandlerType = new ClassValue<>() {
		@Override
		protected Coverage computeValue(Class<?> handlerType) {
			List<Handlers> handlers = new ArrayList<>();
			ExceptionHandlerMethodResolver own = new ExceptionHandlerMethodResolver(handlerType);
			if (own.hasExceptionMappings()) {
				handlers.add(new Handlers(own, false, SpringMvcHandlerOverrides.of(handlerType)));
			}
			return new Coverage(applicable(handlers, handlerType));
		}
	};

	private ApplicationExceptionHandlers(List<Advice> advice) {
		this.advice = advice;
		this.global = new Coverage(applicable(new ArrayList<>(), null));
	}

	/**
	 * Find the {@code @ExceptionHandler} advice of a context, and say at once what the starter
	 * cannot take back from an advice that extends {@code ResponseEntityExceptionHandler}.
	 * @param context the application context, refreshed
	 * @return the handlers
	 */
	static ApplicationExceptionHandlers find(ApplicationContext context) {
		List<Advice> advice = new ArrayList<>();
		for (ControllerAdviceBean bean : ControllerAdviceBean.findAnnotatedBeans(context)) {
			Class<?> beanType = bean.getBeanType();
			if (beanType == null) {
				continue;
			}
			ExceptionHandlerMethodResolver methods = new ExceptionHandlerMethodResolver(beanType);
			if (methods.hasExceptionMappings()) {
				// Spring Boot's handler only inherits today, which leaves every answer to the starter anyway; by name,
				// so that a later version's overrides never make it the application's.
				boolean starters = beanType.getName().equals(SPRING_BOOT_HANDLER);
				SpringMvcHandlerOverrides overrides = starters ? null : SpringMvcHandlerOverrides.of(beanType);
				if (overrides != null && !overrides.sharedOverrides().isEmpty()) {
					logKeptAnswers(beanType, overrides.sharedOverrides());
				}
				advice.add(new Advice(bean, new Handlers(methods, starters, overrides)));
			}
		}
		return new ApplicationExceptionHandlers(List.copyOf(advice));
	}

	/**
	 * Whether a handler of the application answers a failure, as Spring MVC would choose it.
	 * @param handler the handler that failed, or {@code null} when none was found
	 * @param exception the failure
	 * @return whether the application answers it; if not, the starter does
	 */
	boolean answer(@Nullable Object handler, Throwable exception) {
		if (handler instanceof HandlerMethod handlerMethod) {
			return this.byHandlerType.get(adviceTarget(handlerMethod)).answeredByApplication(exception);
		}
		// Spring MVC applies only global advice to these, and none to any other kind of handler.
		if (handler == null || handler instanceof ResourceHttpRequestHandler || handler instanceof HandlerFunction) {
			return this.global.answeredByApplication(exception);
		}
		return false;
	}

	// Advice selectors test the target class of an interface-based proxy, as Spring MVC does. The controller's own
	// handler methods are read from the target class too; Spring reads them from the proxy, which shows only its
	// interfaces' methods: the exceptions that such a rare controller's own handlers declare are left to Spring MVC.
	private static Class<?> adviceTarget(HandlerMethod handlerMethod) {
		Class<?> beanType = handlerMethod.getBeanType();
		return Proxy.isProxyClass(beanType) ? AopUtils.getTargetClass(handlerMethod.getBean()) : beanType;
	}

	private List<Handlers> applicable(List<Handlers> handlers, @Nullable Class<?> handlerType) {
		for (Advice candidate : this.advice) {
			if (candidate.bean().isApplicableToBeanType(handlerType)) {
				handlers.add(candidate.handlers());
			}
		}
		return List.copyOf(handlers);
	}

	private static void logKeptAnswers(Class<?> adviceType, List<String> methods) {
		logger.warn("{} overrides {} of ResponseEntityExceptionHandler, which every answer to a Spring MVC exception "
				+ "goes through, so it keeps answering all of them itself, without the contract's members (such as the "
				+ "'errors' of a validation failure); to let problem-details answer those it does not mean to answer, "
				+ "move that code into overrides of the handle methods it does mean and remove the override of {}",
				adviceType.getName(), methods, methods);
	}

	/**
	 * An advice bean with exception handler methods.
	 */
	private record Advice(ControllerAdviceBean bean, Handlers handlers) {
	}

	/**
	 * The exception handler methods of one controller or advice.
	 *
	 * @param methods its mappings
	 * @param starters whether it stands for the starter, whose answers take its place
	 * @param overrides what it answers itself, when it extends {@code ResponseEntityExceptionHandler}
	 */
	private record Handlers(ExceptionHandlerMethodResolver methods, boolean starters,
			@Nullable SpringMvcHandlerOverrides overrides) {

		/**
		 * Whether the application answers an exception that a method of these handlers maps.
		 * @param exceptionClass the exception's class
		 * @param method the method
		 * @param thrown whether the exception is the one thrown rather than one of its causes
		 */
		boolean answeredByApplication(Class<?> exceptionClass, Method method, boolean thrown) {
			if (this.starters) {
				return false;
			}
			// handleException dispatches on the exception thrown; it rethrows one that merely has such a cause.
			if (this.overrides != null && SpringMvcHandlerOverrides.isHandleException(method)) {
				return thrown && this.overrides.answersItself(exceptionClass);
			}
			return true;
		}

	}

	/**
	 * The handlers that apply to one handler type, in Spring MVC's order, and the choice among
	 * them per exception class.
	 */
	private static final class Coverage {

		private static final Match NONE = new Match(Integer.MAX_VALUE, false, false);

		private final List<Handlers> handlers;

		private final ClassValue<Match> byExceptionClass = new ClassValue<>() {
			@Override
			protected Match computeValue(Class<?> exceptionClass) {
				return match(exceptionClass.asSubclass(Throwable.class));
			}
		};

		Coverage(List<Handlers> handlers) {
			this.handlers = handlers;
		}

		// Spring MVC tries each handler with the exception and then its causes before the next handler.
		boolean answeredByApplication(Throwable exception) {
			if (this.handlers.isEmpty()) {
				return false;
			}
			Match best = NONE;
			boolean thrown = true;
			Throwable current = exception;
			for (int depth = 0; current != null && depth < Causes.MAX_DEPTH; depth++) {
				Match match = this.byExceptionClass.get(current.getClass());
				if (match.position() < best.position()) {
					best = match;
					thrown = depth == 0;
				}
				current = Causes.causeOf(current);
			}
			return thrown ? best.whenThrown() : best.whenCause();
		}

		private Match match(Class<? extends Throwable> exceptionClass) {
			for (int position = 0; position < this.handlers.size(); position++) {
				Handlers candidate = this.handlers.get(position);
				Method method = candidate.methods().resolveMethodByExceptionType(exceptionClass);
				if (method != null) {
					return new Match(position, candidate.answeredByApplication(exceptionClass, method, true),
							candidate.answeredByApplication(exceptionClass, method, false));
				}
			}
			return NONE;
		}

	}

	/**
	 * The first handler that maps an exception class.
	 *
	 * @param position its place in Spring MVC's order
	 * @param whenThrown whether the application answers when the exception is the one thrown
	 * @param whenCause whether the application answers when the exception is a cause of the one thrown
	 */
	private record Match(int position, boolean whenThrown, boolean whenCause) {
	}

}

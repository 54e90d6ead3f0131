package io.github.problemdetails.internal.webmvc;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import io.github.problemdetails.internal.webmvc.ApplicableExceptionHandlers.Handlers;
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
 * <p>The handlers that apply to a handler type are found once per type and kept with the class
 * ({@link ClassValue}); the choice among them, once per exception class
 * ({@link ApplicableExceptionHandlers}).
 */
final class ApplicationExceptionHandlers {

	private static final Logger logger = LoggerFactory.getLogger(ApplicationExceptionHandlers.class);

	// Spring Boot's advice for spring.mvc.problemdetails.enabled; package-private, so known by name.
	private static final String SPRING_BOOT_HANDLER = "org.springframework.boot.webmvc.autoconfigure."
			+ "ProblemDetailsExceptionHandler";

	private final List<Advice> advice;

	private final ApplicableExceptionHandlers global;

	private final ClassValue<ApplicableExceptionHandlers> byHandlerType = new ClassValue<>() {
		@Override
		protected ApplicableExceptionHandlers computeValue(Class<?> handlerType) {
			List<Handlers> handlers = new ArrayList<>();
			ExceptionHandlerMethodResolver own = new ExceptionHandlerMethodResolver(handlerType);
			if (own.hasExceptionMappings()) {
				handlers.add(new Handlers(own, false, SpringMvcHandlerOverrides.of(handlerType)));
			}
			return new ApplicableExceptionHandlers(applicable(handlers, handlerType));
		}
	};

	private ApplicationExceptionHandlers(List<Advice> advice) {
		this.advice = advice;
		this.global = new ApplicableExceptionHandlers(applicable(new ArrayList<>(), null));
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

}

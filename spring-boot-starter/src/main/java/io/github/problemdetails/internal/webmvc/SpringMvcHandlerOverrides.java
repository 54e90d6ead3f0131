package io.github.problemdetails.internal.webmvc;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * What an advice that extends {@link ResponseEntityExceptionHandler} answers itself. Its one
 * {@code @ExceptionHandler}, the final {@code handleException}, covers all of Spring MVC's
 * exceptions and passes each to a {@code handleXxx} method: the advice answers the exceptions
 * whose method it overrides, and the starter those whose method it only inherits, unless the
 * advice overrides a method that shapes every answer ({@code handleExceptionInternal},
 * {@code createResponseEntity}, {@code createProblemDetail}): then it answers all of them.
 *
 * <p>Which method handles which exception is read from {@code ResponseEntityExceptionHandler}
 * itself: a method handles the exception type of its first parameter, when {@code handleException}
 * lists that type. So a later Spring version's methods are known without a table of our own.
 */
final class SpringMvcHandlerOverrides {

	private static final Class<ResponseEntityExceptionHandler> BASE = ResponseEntityExceptionHandler.class;

	private static final Set<Class<? extends Throwable>> HANDLED = handledExceptions();

	// Methods of the base class that handle one exception type each.
	private static final List<Method> PER_EXCEPTION = new ArrayList<>();

	// Methods of the base class that every answer goes through: they take the request and handle no one type.
	private static final List<Method> SHARED = new ArrayList<>();

	static {
		for (Method method : BASE.getDeclaredMethods()) {
			int modifiers = method.getModifiers();
			if (method.isSynthetic() || Modifier.isPrivate(modifiers) || Modifier.isStatic(modifiers)
					|| Modifier.isFinal(modifiers)) {
				continue;
			}
			Class<?>[] parameters = method.getParameterTypes();
			if (parameters.length > 0 && HANDLED.contains(parameters[0])) {
				PER_EXCEPTION.add(method);
			}
			else if (List.of(parameters).contains(WebRequest.class)) {
				SHARED.add(method);
			}
		}
	}

	private final Class<?> adviceType;

	private final List<String> sharedOverrides;

	private SpringMvcHandlerOverrides(Class<?> adviceType) {
		this.adviceType = adviceType;
		this.sharedOverrides = SHARED.stream().filter(this::isOverridden).map(Method::getName).distinct().toList();
	}

	/**
	 * The overrides of an advice or controller type.
	 * @param type the bean type
	 * @return its overrides, or {@code null} when it does not extend {@code ResponseEntityExceptionHandler}
	 */
	static @Nullable SpringMvcHandlerOverrides of(Class<?> type) {
		return BASE.isAssignableFrom(type) ? new SpringMvcHandlerOverrides(type) : null;
	}

	/**
	 * Whether {@code handleException} is the method of an {@code @ExceptionHandler} mapping.
	 * @param method the mapped method
	 * @return whether it is {@code ResponseEntityExceptionHandler}'s own
	 */
	static boolean isHandleException(Method method) {
		return method.getDeclaringClass() == BASE;
	}

	/**
	 * The methods the advice overrides that shape every answer, which the starter cannot take
	 * back.
	 * @return their names; empty when there are none
	 */
	List<String> sharedOverrides() {
		return this.sharedOverrides;
	}

	/**
	 * Whether the advice answers an exception that {@code handleException} was chosen for.
	 * @param exceptionClass the class of the exception thrown
	 * @return whether the advice overrides its {@code handleXxx} method, or a method that every
	 * answer goes through
	 */
	boolean answersItself(Class<?> exceptionClass) {
		if (!this.sharedOverrides.isEmpty()) {
			return true;
		}
		Method handler = mostSpecificHandler(exceptionClass);
		return handler != null && isOverridden(handler);
	}

	// The method for the nearest handled superclass: handleException tests the subclasses first.
	private static @Nullable Method mostSpecificHandler(Class<?> exceptionClass) {
		Method chosen = null;
		for (Method method : PER_EXCEPTION) {
			Class<?> handled = method.getParameterTypes()[0];
			if (handled.isAssignableFrom(exceptionClass)
					&& (chosen == null || chosen.getParameterTypes()[0].isAssignableFrom(handled))) {
				chosen = method;
			}
		}
		return chosen;
	}

	private boolean isOverridden(Method method) {
		Method found = ReflectionUtils.findMethod(this.adviceType, method.getName(), method.getParameterTypes());
		return found != null && found.getDeclaringClass() != BASE;
	}

	private static Set<Class<? extends Throwable>> handledExceptions() {
		Method handleException = ReflectionUtils.findMethod(BASE, "handleException", Exception.class,
				WebRequest.class);
		ExceptionHandler annotation = (handleException != null)
				? AnnotatedElementUtils.findMergedAnnotation(handleException, ExceptionHandler.class) : null;
		// Without it, every method that takes the request counts as shared: the advice keeps its answers.
		return (annotation != null) ? Set.of(annotation.value()) : Set.of();
	}

}

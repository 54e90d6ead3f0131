package io.github.problemdetails.internal.webmvc;

import java.lang.reflect.Method;
import java.util.List;

import io.github.problemdetails.internal.mapping.Causes;
import org.jspecify.annotations.Nullable;

import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;

/**
 * The {@code @ExceptionHandler} methods that apply to one handler type, in Spring MVC's order
 * (the controller's own, then its advice's), and whether the application answers a failure
 * there: the first of them that maps the exception, else one of its causes, decides, as Spring
 * MVC's {@code ExceptionHandlerExceptionResolver} would choose it. The choice is made once per
 * exception class and kept with the class ({@link ClassValue}); per failure only the cause chain
 * is walked.
 */
final class ApplicableExceptionHandlers {

	private static final Match NONE = new Match(Integer.MAX_VALUE, false, false);

	private final List<Handlers> handlers;

	private final ClassValue<Match> byExceptionClass = new ClassValue<>() {
		@Override
		protected Match computeValue(Class<?> exceptionClass) {
			return match(exceptionClass.asSubclass(Throwable.class));
		}
	};

	/**
	 * Create the handlers of a handler type.
	 * @param handlers its handlers, in Spring MVC's order
	 */
	ApplicableExceptionHandlers(List<Handlers> handlers) {
		this.handlers = handlers;
	}

	/**
	 * Whether a handler of the application answers a failure.
	 * @param exception the failure
	 * @return whether the application answers it
	 */
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

	/**
	 * The exception handler methods of one controller or advice.
	 *
	 * @param methods its mappings
	 * @param starters whether it stands for the starter, whose answers take its place
	 * @param overrides what it answers itself, when it extends {@code ResponseEntityExceptionHandler}
	 */
	record Handlers(ExceptionHandlerMethodResolver methods, boolean starters,
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
	 * The first handler that maps an exception class.
	 *
	 * @param position its place in Spring MVC's order
	 * @param whenThrown whether the application answers when the exception is the one thrown
	 * @param whenCause whether the application answers when the exception is a cause of the one thrown
	 */
	private record Match(int position, boolean whenThrown, boolean whenCause) {
	}

}

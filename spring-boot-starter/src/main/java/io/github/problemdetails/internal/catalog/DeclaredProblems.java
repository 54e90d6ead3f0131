package io.github.problemdetails.internal.catalog;

import java.lang.reflect.Method;
import java.util.LinkedHashSet;
import java.util.Set;

import io.github.problemdetails.openapi.ProblemResponse;

import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * The exceptions a handler method declares: the {@code throws} clause and
 * {@link ProblemResponse} on the method and on its class.
 */
public final class DeclaredProblems {

	// "throws Exception" and the like say nothing about the failure: they are the 500 every operation has.
	private static final Set<Class<?>> UNSPECIFIC = Set.of(Throwable.class, Exception.class, RuntimeException.class,
			Error.class);

	private DeclaredProblems() {
	}

	/**
	 * Return the exceptions a handler method declares, in declaration order.
	 * @param method the handler method
	 * @return the exception classes
	 */
	@SuppressWarnings("unchecked")
	public static Set<Class<? extends Throwable>> of(Method method) {
		Set<Class<? extends Throwable>> declared = new LinkedHashSet<>();
		for (Class<?> type : method.getExceptionTypes()) {
			if (!UNSPECIFIC.contains(type)) {
				declared.add((Class<? extends Throwable>) type);
			}
		}
		AnnotatedElementUtils.findMergedRepeatableAnnotations(method, ProblemResponse.class)
			.forEach((response) -> declared.add(response.value()));
		AnnotatedElementUtils.findMergedRepeatableAnnotations(method.getDeclaringClass(), ProblemResponse.class)
			.forEach((response) -> declared.add(response.value()));
		return declared;
	}

}

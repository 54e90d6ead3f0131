package io.github.problemdetails.mapping;

import java.util.Map;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Chooses the rule for an exception class and remembers the choice. The class hierarchy is
 * walked, and {@code @ResponseStatus} looked up, once per exception class: a
 * {@link ClassValue} keeps the result with the class itself, so the cache is bounded by the
 * classes that exist and does not keep a discarded class loader alive.
 */
final class ExceptionRules {

	private static final ExceptionRule ERROR_RESPONSE = (exception, settings, request) -> {
		ErrorResponse response = (ErrorResponse) exception;
		int status = response.getStatusCode().value();
		// An ErrorResponse with a non-error status is a programming mistake; never send it as a success.
		return ProblemDraft.ofStatus((status >= 400 && status <= 599) ? status : 500, null, response.getHeaders());
	};

	private static final ExceptionRule UNEXPECTED = (exception, settings, request) -> ProblemDraft.ofStatus(500, null,
			HttpHeaders.EMPTY);

	private final Map<Class<? extends Throwable>, ExceptionRule> rulesByClass;

	private final ClassValue<ExceptionRule> resolved = new ClassValue<>() {

		@Override
		protected ExceptionRule computeValue(Class<?> type) {
			return resolve(type);
		}

	};

	ExceptionRules(Map<Class<? extends Throwable>, ExceptionRule> rulesByClass) {
		this.rulesByClass = Map.copyOf(rulesByClass);
	}

	ExceptionRule ruleFor(Class<? extends Throwable> type) {
		return this.resolved.get(type);
	}

	private ExceptionRule resolve(Class<?> type) {
		for (Class<?> candidate = type; candidate != null; candidate = candidate.getSuperclass()) {
			ExceptionRule rule = this.rulesByClass.get(candidate);
			if (rule != null) {
				return rule;
			}
		}
		ResponseStatus responseStatus = AnnotatedElementUtils.findMergedAnnotation(type, ResponseStatus.class);
		if (responseStatus != null) {
			int status = responseStatus.code().value();
			int errorStatus = (status >= 400 && status <= 599) ? status : 500;
			return (exception, settings, request) -> ProblemDraft.ofStatus(errorStatus, null, HttpHeaders.EMPTY);
		}
		if (ErrorResponse.class.isAssignableFrom(type)) {
			return ERROR_RESPONSE;
		}
		return UNEXPECTED;
	}

}

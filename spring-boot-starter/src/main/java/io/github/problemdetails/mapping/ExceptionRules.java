package io.github.problemdetails.mapping;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.logging.LogLevel;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Chooses the rule for an exception class and remembers the choice. The class hierarchy is
 * walked, and {@code @ResponseStatus} looked up, once per exception class: a
 * {@link ClassValue} keeps the result with the class itself, so the cache is bounded by the
 * classes that exist and does not keep a discarded class loader alive.
 *
 * <p>A configured mapping applies when it is at least as near to the exception class as the
 * rule that would apply without it: the nearest configured superclass or interface wins, and
 * configuration wins over a built-in rule for the same class.
 */
final class ExceptionRules {

	private static final int NOT_FOUND = Integer.MAX_VALUE;

	private static final ExceptionRule UNEXPECTED = (exception, settings, request) -> ProblemDraft.ofStatus(500,
			null, HttpHeaders.EMPTY);

	private static final ExceptionRule ERROR_RESPONSE = (exception, settings, request) -> {
		ErrorResponse response = (ErrorResponse) exception;
		int status = response.getStatusCode().value();
		// An ErrorResponse with a non-error status is a programming mistake; never send it as a success.
		int errorStatus = (status >= 400 && status <= 599) ? status : 500;
		String detail = (settings.exposeClientErrorMessages() && errorStatus < 500) ? response.getBody().getDetail()
				: null;
		return ProblemDraft.ofStatus(errorStatus, detail, response.getHeaders());
	};

	private final Map<Class<? extends Throwable>, ExceptionRule> rulesByClass;

	private final Map<Class<?>, ConfiguredMapping> mappings;

	private final ClassValue<Resolution> resolved = new ClassValue<>() {

		@Override
		protected Resolution computeValue(Class<?> type) {
			return resolve(type);
		}

	};

	ExceptionRules(Map<Class<? extends Throwable>, ExceptionRule> rulesByClass,
			Map<Class<?>, ConfiguredMapping> mappings) {
		this.rulesByClass = Map.copyOf(rulesByClass);
		this.mappings = Map.copyOf(mappings);
	}

	Resolution resolutionFor(Class<? extends Throwable> type) {
		return this.resolved.get(type);
	}

	private Resolution resolve(Class<?> type) {
		int ruleDepth = NOT_FOUND;
		ExceptionRule rule = null;
		int depth = 0;
		for (Class<?> candidate = type; candidate != null && rule == null; candidate = candidate.getSuperclass()) {
			rule = this.rulesByClass.get(candidate);
			ruleDepth = depth++;
		}
		if (rule == null) {
			ruleDepth = NOT_FOUND;
			rule = fallbackRule(type);
		}
		Class<?> mapped = nearestMapped(type, ruleDepth);
		if (mapped == null) {
			return new Resolution(rule, null);
		}
		ConfiguredMapping mapping = this.mappings.get(mapped);
		ExceptionRule base = rule;
		return new Resolution((exception, settings, request) -> mapping.applyTo(exception,
				base.describe(exception, settings, request)), mapping.logLevel());
	}

	private static ExceptionRule fallbackRule(Class<?> type) {
		ResponseStatus responseStatus = AnnotatedElementUtils.findMergedAnnotation(type, ResponseStatus.class);
		if (responseStatus != null) {
			int status = responseStatus.code().value();
			int errorStatus = (status >= 400 && status <= 599) ? status : 500;
			String reason = responseStatus.reason().isEmpty() ? null : responseStatus.reason();
			return (exception, settings, request) -> ProblemDraft.ofStatus(errorStatus,
					(settings.exposeClientErrorMessages() && errorStatus < 500) ? reason : null, HttpHeaders.EMPTY);
		}
		return ErrorResponse.class.isAssignableFrom(type) ? ERROR_RESPONSE : UNEXPECTED;
	}

	// Breadth-first over superclasses and interfaces: depth 0 is the class itself; at equal depth a
	// class comes before an interface, since the superclass is queued first.
	private @Nullable Class<?> nearestMapped(Class<?> type, int maxDepth) {
		if (this.mappings.isEmpty()) {
			return null;
		}
		Deque<Class<?>> level = new ArrayDeque<>();
		level.add(type);
		Set<Class<?>> seen = new HashSet<>();
		for (int depth = 0; !level.isEmpty() && depth <= maxDepth; depth++) {
			Deque<Class<?>> next = new ArrayDeque<>();
			for (Class<?> candidate : level) {
				if (this.mappings.containsKey(candidate)) {
					return candidate;
				}
				if (candidate.getSuperclass() != null && seen.add(candidate.getSuperclass())) {
					next.add(candidate.getSuperclass());
				}
				for (Class<?> implemented : candidate.getInterfaces()) {
					if (seen.add(implemented)) {
						next.add(implemented);
					}
				}
			}
			level = next;
		}
		return null;
	}

	/**
	 * The rule for an exception class and the log level that configuration gives it.
	 *
	 * @param rule the rule
	 * @param logLevel the configured log level, or {@code null} for the level of the status
	 */
	record Resolution(ExceptionRule rule, @Nullable LogLevel logLevel) {
	}

}

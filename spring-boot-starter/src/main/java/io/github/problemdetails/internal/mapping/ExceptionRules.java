package io.github.problemdetails.internal.mapping;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.github.problemdetails.core.ProblemStatus;
import io.github.problemdetails.mapping.ExceptionRule;
import io.github.problemdetails.mapping.ProblemDraft;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.logging.LogLevel;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;

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

	private static final ExceptionRule UNEXPECTED = (exception, request) -> ProblemDraft.ofStatus(500);

	private final Map<Class<? extends Throwable>, ExceptionRule> rulesByClass;

	private final boolean exposeClientErrorMessages;

	private final Map<Class<?>, ConfiguredMapping> mappings;

	private final ClassValue<Resolution> resolved = new ClassValue<>() {

		@Override
		protected Resolution computeValue(Class<?> type) {
			return resolve(type);
		}

	};

	ExceptionRules(Map<Class<? extends Throwable>, ExceptionRule> rulesByClass, MappingSettings settings) {
		this.rulesByClass = Map.copyOf(rulesByClass);
		this.mappings = settings.exceptionMappings();
		this.exposeClientErrorMessages = settings.exposeClientErrorMessages();
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
		boolean fallback = rule == null;
		if (fallback) {
			ruleDepth = NOT_FOUND;
			rule = fallbackRule(type);
		}
		Class<?> mapped = nearestMapped(type, ruleDepth);
		if (mapped == null) {
			return new Resolution(rule, null, fallback && ApplicationProblems.isApplicationBuilt(type));
		}
		ConfiguredMapping mapping = this.mappings.get(mapped);
		ExceptionRule base = rule;
		return new Resolution((exception, request) -> mapping.applyTo(exception, base.describe(exception, request)),
				mapping.logLevel(), false);
	}

	// The rules capture plain values only: they are cached with the exception class.
	private ExceptionRule fallbackRule(Class<?> type) {
		boolean exposeMessages = this.exposeClientErrorMessages;
		ResponseStatus responseStatus = AnnotatedElementUtils.findMergedAnnotation(type, ResponseStatus.class);
		if (responseStatus != null) {
			int errorStatus = errorStatus(responseStatus.code().value());
			String reason = responseStatus.reason().isEmpty() ? null : responseStatus.reason();
			String detail = (exposeMessages && ProblemStatus.isClientError(errorStatus)) ? reason : null;
			return (exception, request) -> ProblemDraft.ofStatus(errorStatus, detail, HttpHeaders.EMPTY);
		}
		if (!ErrorResponse.class.isAssignableFrom(type)) {
			return UNEXPECTED;
		}
		// A ResponseStatusException's reason is written by the application, for its client: shown for a 4xx.
		// Spring's own subclasses word theirs for developers.
		boolean reasonShown = type == ResponseStatusException.class
				|| (ResponseStatusException.class.isAssignableFrom(type)
						&& ApplicationProblems.isApplicationBuilt(type));
		return (exception, request) -> {
			ErrorResponse response = (ErrorResponse) exception;
			int errorStatus = errorStatus(response.getStatusCode().value());
			String detail = null;
			if (ProblemStatus.isClientError(errorStatus)) {
				detail = reasonShown ? ((ResponseStatusException) exception).getReason()
						: exposeMessages ? response.getBody().getDetail() : null;
			}
			return ProblemDraft.ofStatus(errorStatus, detail, response.getHeaders());
		};
	}

	// A non-error status on an exception is a programming mistake; never send it as a success.
	private static int errorStatus(int status) {
		return ProblemStatus.isError(status) ? status : 500;
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
	 * @param applicationBuilt whether the exceptions of the class are the application's own
	 * {@code ErrorResponse}s, answered with their own body rather than by the rule
	 */
	record Resolution(ExceptionRule rule, @Nullable LogLevel logLevel, boolean applicationBuilt) {
	}

}

package io.github.problemdetails.internal.mapping;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.problemdetails.mapping.ExceptionRuleSet;

/**
 * Whether an exception class is one that the rule sets leave to a filter around the application
 * when a controller throws it, decided once per class.
 *
 * @see ExceptionRuleSet#answeredOutsideControllers()
 */
final class OutsideControllerExceptions extends ClassValue<Boolean> {

	private final Set<Class<? extends Throwable>> declared;

	OutsideControllerExceptions(List<ExceptionRuleSet> ruleSets) {
		this.declared = ruleSets.stream()
			.flatMap((ruleSet) -> ruleSet.answeredOutsideControllers().stream())
			.collect(Collectors.toUnmodifiableSet());
	}

	@Override
	protected Boolean computeValue(Class<?> type) {
		return this.declared.stream().anyMatch((declaredType) -> declaredType.isAssignableFrom(type));
	}

}

package io.github.problemdetails.mapping;

import java.util.Map;
import java.util.Set;

/**
 * Rules that an integration (security, data access, HTTP clients) or an application adds to
 * the mapping engine. Every bean of this type is handed to the mapping engine; a rule
 * applies to its exception class and to subclasses that have no rule of their own, and
 * replaces a built-in rule for the same class.
 */
@FunctionalInterface
public interface ExceptionRuleSet {

	/**
	 * The rules of this set.
	 * @return the rules by exception class
	 */
	Map<Class<? extends Throwable>, ExceptionRule> rules();

	/**
	 * Exception classes, with their subclasses, that a failed controller leaves to a filter around
	 * the application, which answers them by what it knows: Spring Security's
	 * {@code ExceptionTranslationFilter}, for one, answers an access denial with 401 or 403 by who
	 * the user is, through the entry point and access-denied handler of the chain. Where no such
	 * filter answers them, the rules do.
	 * @return the exception classes; none by default
	 */
	default Set<Class<? extends Throwable>> answeredOutsideControllers() {
		return Set.of();
	}

}

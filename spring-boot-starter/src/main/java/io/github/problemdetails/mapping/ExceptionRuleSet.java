package io.github.problemdetails.mapping;

import java.util.Map;

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

}

package io.github.problemdetails.internal.mapping;

import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * Walks the cause chain of a failure, for rules that decide by what lies underneath (a SQL
 * state, a timeout). The walk is bounded: a cyclic or absurdly deep chain must not hang the
 * error path, and real chains are a few levels deep.
 */
public final class Causes {

	/** The most exceptions of a chain that are looked at, the failure itself included. */
	public static final int MAX_DEPTH = 16;

	private Causes() {
	}

	/**
	 * Return the first exception of the chain, starting with the given one, that matches.
	 * @param exception the first exception to look at, or {@code null} for none
	 * @param predicate what to look for
	 * @return the first match within {@value #MAX_DEPTH} levels, or {@code null} when there is none
	 */
	public static @Nullable Throwable firstMatching(@Nullable Throwable exception, Predicate<Throwable> predicate) {
		Throwable current = exception;
		for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
			if (predicate.test(current)) {
				return current;
			}
			current = causeOf(current);
		}
		return null;
	}

	/**
	 * Return the next exception of a chain, for walks that look at every exception of it;
	 * such a walk stops after {@value #MAX_DEPTH} exceptions too.
	 * @param exception an exception of the chain
	 * @return its cause, or {@code null} when it has none
	 */
	public static @Nullable Throwable causeOf(Throwable exception) {
		Throwable cause = exception.getCause();
		return (cause != exception) ? cause : null;
	}

}

package io.github.problemdetails.internal.logging;

import java.util.Map;

import io.github.problemdetails.core.ProblemStatus;

import org.springframework.boot.logging.LogLevel;

/**
 * Which level a failure is logged at, and whether with its stack trace, by status. A level
 * for a status ({@code 404}) wins over one for its class ({@code 4xx}); the tables are built
 * once, so a lookup is an array access.
 */
public final class LogPolicy {

	private static final int FIRST = 400;

	private final LogLevel[] levels = new LogLevel[200];

	private final boolean[] stackTraces = new boolean[200];

	private LogPolicy(Map<String, LogLevel> levels, Map<String, Boolean> stackTraces) {
		for (int status = FIRST; status < FIRST + 200; status++) {
			String statusClass = (status < 500) ? "4xx" : "5xx";
			LogLevel level = levels.get(Integer.toString(status));
			if (level == null) {
				level = levels.getOrDefault(statusClass, (status < 500) ? LogLevel.DEBUG : LogLevel.ERROR);
			}
			this.levels[status - FIRST] = level;
			this.stackTraces[status - FIRST] = stackTraces.getOrDefault(statusClass, status >= 500);
		}
	}

	/**
	 * The contract's policy: client errors at DEBUG without stack trace, server errors at
	 * ERROR with it.
	 * @return the policy
	 */
	public static LogPolicy defaults() {
		return new LogPolicy(Map.of(), Map.of());
	}

	/**
	 * A policy from configuration.
	 * @param levels levels by status class ({@code 4xx}, {@code 5xx}) or status
	 * @param stackTraces whether to log stack traces, by status class
	 * @return the policy
	 * @throws IllegalArgumentException if a key of the levels is no {@link #isLevelKey level
	 * key}, or a key of the stack traces no {@link #isStackTraceKey stack-trace key}
	 */
	public static LogPolicy of(Map<String, LogLevel> levels, Map<String, Boolean> stackTraces) {
		levels.keySet().forEach((key) -> require(isLevelKey(key), key));
		stackTraces.keySet().forEach((key) -> require(isStackTraceKey(key), key));
		return new LogPolicy(levels, stackTraces);
	}

	/**
	 * Whether a key may have a level: a status class ({@code 4xx}, {@code 5xx}) or an error
	 * status ({@code 404}).
	 * @param key the key
	 * @return whether the policy knows the key
	 */
	public static boolean isLevelKey(String key) {
		return isStackTraceKey(key) || (key.length() == 3 && key.chars().allMatch(Character::isDigit)
				&& ProblemStatus.isError(Integer.parseInt(key)));
	}

	/**
	 * Whether a key may say if stack traces are logged: a status class ({@code 4xx},
	 * {@code 5xx}).
	 * @param key the key
	 * @return whether the policy knows the key
	 */
	public static boolean isStackTraceKey(String key) {
		return key.equals("4xx") || key.equals("5xx");
	}

	private static void require(boolean known, String key) {
		if (!known) {
			throw new IllegalArgumentException("'" + key + "' is no status class or error status this policy knows");
		}
	}

	LogLevel levelFor(int status) {
		return this.levels[index(status)];
	}

	boolean stackTraceFor(int status) {
		return this.stackTraces[index(status)];
	}

	private static int index(int status) {
		return Math.min(Math.max(status, FIRST), FIRST + 199) - FIRST;
	}

}

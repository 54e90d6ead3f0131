package io.github.problemdetails.internal.logging;

import java.util.Map;

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
	 * @throws IllegalArgumentException if a key is neither a status class nor a status from 400
	 * to 599
	 */
	public static LogPolicy of(Map<String, LogLevel> levels, Map<String, Boolean> stackTraces) {
		levels.keySet().forEach((key) -> checkKey(key, true));
		stackTraces.keySet().forEach((key) -> checkKey(key, false));
		return new LogPolicy(levels, stackTraces);
	}

	private static void checkKey(String key, boolean statusAllowed) {
		if (key.equals("4xx") || key.equals("5xx")) {
			return;
		}
		if (statusAllowed && key.length() == 3 && key.chars().allMatch(Character::isDigit)) {
			int status = Integer.parseInt(key);
			if (status >= 400 && status <= 599) {
				return;
			}
		}
		throw new IllegalArgumentException("'" + key + "' is not " + (statusAllowed ? "4xx, 5xx or a status from 400 to 599"
				: "4xx or 5xx"));
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

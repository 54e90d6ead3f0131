package io.github.problemdetails.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one list of texts that give away a service's internals when a response carries them,
 * matched ignoring case.
 */
final class Leaks {

	private static final List<String> INTERNALS = List.of(
			// A stack trace: a frame after a tab, raw or escaped in a JSON string, or its source position.
			"\tat ", "\\tat ", "at org.", "at io.github", ".java:",
			// Names of exception classes and of the JDK's, the frameworks' and this library's packages.
			"exception", "java.", "javax.", "jakarta.", "org.springframework", "org.h2", "tools.jackson",
			"com.fasterxml", "io.github.problemdetails",
			// SQL, JDBC, and the location text of a JSON parser's message.
			"sql", "select ", "insert into", "jdbc", "[source:");

	private Leaks() {
	}

	/**
	 * Find what a text gives away.
	 * @param text the text, such as a response body
	 * @param secrets further texts that must not appear, such as the message of an exception
	 * @return the internals and secrets found, in the order listed
	 */
	static List<String> in(String text, String... secrets) {
		String lowerCase = text.toLowerCase(Locale.ROOT);
		List<String> found = new ArrayList<>();
		for (String leak : INTERNALS) {
			if (lowerCase.contains(leak)) {
				found.add(leak);
			}
		}
		for (String secret : secrets) {
			if (lowerCase.contains(secret.toLowerCase(Locale.ROOT))) {
				found.add(secret);
			}
		}
		return found;
	}

}

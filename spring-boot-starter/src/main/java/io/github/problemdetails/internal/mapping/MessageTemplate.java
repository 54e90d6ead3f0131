package io.github.problemdetails.internal.mapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.context.HierarchicalMessageSource;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.context.support.StaticMessageSource;

/**
 * A message of the application's cut where its arguments go, so that a failure's detail is the message's pieces
 * with the failure's arguments between them instead of a message source lookup and a {@code MessageFormat} run
 * per failure. The pieces are cut from what the message source itself answers with a marker as each argument,
 * so they follow the source's own quoting rules. Only Spring's own message sources are cut: they put a
 * {@code String} argument of a plain placeholder ({@code {0}}) into the message as it is, which is all that a
 * template assumes; any other argument, and any message whose placeholders format their argument
 * ({@code {0,number}}), is formatted by the source as before.
 */
final class MessageTemplate {

	// MessageFormat writes "{n}" for a placeholder that it has no argument for: cut with this many markers, a
	// template holds "{16}" and above as text, which they are for every failure with at most this many arguments.
	private static final int MAX_ARGUMENTS = 16;

	// Unicode noncharacters, which no message holds: each marker is OPEN, the argument's index, CLOSE.
	private static final char OPEN = '\uFDD0';

	private static final char CLOSE = '\uFDD1';

	// Asked twice, with the indices in the markers reversed the second time: a marker that the message itself held
	// would read the same index both times, which no argument's does.
	private static final Object[] MARKERS = markers(false);

	private static final Object[] REVERSED_MARKERS = markers(true);

	// Spring's own sources format with MessageFormat; any other source may do anything with an argument.
	private static final Set<Class<?>> SPRING_SOURCES = Set.of(ResourceBundleMessageSource.class,
			ReloadableResourceBundleMessageSource.class, StaticMessageSource.class);

	private final String[] pieces;

	private final int[] indices;

	private final int length;

	private MessageTemplate(String[] pieces, int[] indices) {
		this.pieces = pieces;
		this.indices = indices;
		int total = 0;
		for (String piece : pieces) {
			total += piece.length();
		}
		this.length = total;
	}

	/**
	 * The template of a message, as the message source formats it in a locale.
	 * @param source the application's message source
	 * @param code the message's code
	 * @param locale the client's locale
	 * @return the template, or {@code null} when the message is formatted by the source on every failure
	 */
	static @Nullable MessageTemplate of(MessageSource source, String code, Locale locale) {
		if (!formatsAsSpring(source)) {
			return null;
		}
		String marked;
		String reversed;
		try {
			marked = source.getMessage(code, MARKERS, null, locale);
			reversed = source.getMessage(code, REVERSED_MARKERS, null, locale);
		}
		catch (IllegalArgumentException ex) {
			// A placeholder that formats its argument, such as {0,number}, takes no text in place of a number.
			return null;
		}
		if (marked == null || reversed == null) {
			return null;
		}
		MessageTemplate template = cut(marked);
		MessageTemplate check = cut(reversed);
		return (template != null && check != null && template.mirrors(check)) ? template : null;
	}

	/**
	 * The message with the arguments put in.
	 * @param arguments the failure's arguments
	 * @return the message, or {@code null} when an argument is no {@code String} or there are more than the
	 * template knows, for the message source to format
	 */
	@Nullable String format(Object[] arguments) {
		if (arguments.length > MAX_ARGUMENTS) {
			return null;
		}
		int capacity = this.length;
		for (Object argument : arguments) {
			if (!(argument instanceof String text)) {
				return null;
			}
			capacity += text.length();
		}
		StringBuilder message = new StringBuilder(capacity);
		for (int i = 0; i < this.indices.length; i++) {
			message.append(this.pieces[i]);
			int index = this.indices[i];
			if (index < arguments.length) {
				message.append((String) arguments[index]);
			}
			else {
				message.append('{').append(index).append('}');
			}
		}
		return message.append(this.pieces[this.indices.length]).toString();
	}

	// A source asks its parent for a code that it does not have: every source on the way must be one of Spring's.
	private static boolean formatsAsSpring(MessageSource source) {
		for (MessageSource current = source; current != null;
				current = ((HierarchicalMessageSource) current).getParentMessageSource()) {
			if (!SPRING_SOURCES.contains(current.getClass())) {
				return false;
			}
		}
		return true;
	}

	private static @Nullable MessageTemplate cut(String marked) {
		List<String> pieces = new ArrayList<>();
		List<Integer> indices = new ArrayList<>();
		int start = 0;
		int open = marked.indexOf(OPEN);
		while (open >= 0) {
			int close = marked.indexOf(CLOSE, open);
			if (close < 0) {
				return null;
			}
			int index;
			try {
				index = Integer.parseInt(marked, open + 1, close, 10);
			}
			catch (NumberFormatException ex) {
				return null;
			}
			pieces.add(marked.substring(start, open));
			indices.add(index);
			start = close + 1;
			open = marked.indexOf(OPEN, start);
		}
		pieces.add(marked.substring(start));
		return new MessageTemplate(pieces.toArray(String[]::new),
				indices.stream().mapToInt(Integer::intValue).toArray());
	}

	private boolean mirrors(MessageTemplate reversed) {
		if (this.indices.length != reversed.indices.length || !Arrays.equals(this.pieces, reversed.pieces)) {
			return false;
		}
		for (int i = 0; i < this.indices.length; i++) {
			if (this.indices[i] != MAX_ARGUMENTS - 1 - reversed.indices[i]) {
				return false;
			}
		}
		return true;
	}

	private static Object[] markers(boolean reversed) {
		Object[] markers = new Object[MAX_ARGUMENTS];
		for (int i = 0; i < MAX_ARGUMENTS; i++) {
			markers[i] = OPEN + Integer.toString(reversed ? MAX_ARGUMENTS - 1 - i : i) + CLOSE;
		}
		return markers;
	}

}

package io.github.problemdetails.internal.mapping;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import io.github.problemdetails.core.Problem;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

/**
 * The words of the contract's problems: a type slug resolved to its type URI once, the title a
 * type has without a message, and titles and details looked up in the application's
 * {@link MessageSource} under Spring's {@code ProblemDetail} convention, keyed by type slug.
 */
final class ProblemTexts {

	static final Object[] NO_ARGUMENTS = {};

	// Spring's own convention for ProblemDetail messages, keyed here by our type slug.
	private static final String TITLE_CODE_PREFIX = "problemDetail.title.";

	private static final String DETAIL_CODE_PREFIX = "problemDetail.";

	// Slugs come from code, so there are few; the bound only guards against a slug built from input.
	private static final int MAX_CACHED_TYPES = 1024;

	// Codes come from code, but locales from the client's Accept-Language: bounded against clients that vary it.
	private static final int MAX_CACHED_MESSAGES = 1024;

	// A message source may reload its messages (a reloadable bundle, messages kept in a database): what it says
	// of a code is asked again after this long, which no reader of a problem can tell from asking every time.
	private static final long MESSAGE_REFRESH_NANOS = TimeUnit.SECONDS.toNanos(1);

	private final MappingSettings settings;

	private final @Nullable MessageSource messageSource;

	// Everything that depends only on the type slug, resolved once per slug instead of per request.
	private final Map<String, ResolvedType> resolvedTypes = new ConcurrentHashMap<>();

	// What the message source says of a code in a locale, since asking it costs several lookups per message and a
	// failure asks for up to four, and where in it an exception's arguments go.
	private final Map<MessageKey, KnownMessage> knownMessages = new ConcurrentHashMap<>();

	private final LongSupplier nanoTime;

	ProblemTexts(MappingSettings settings, @Nullable MessageSource messageSource) {
		this(settings, messageSource, System::nanoTime);
	}

	ProblemTexts(MappingSettings settings, @Nullable MessageSource messageSource, LongSupplier nanoTime) {
		this.settings = settings;
		this.messageSource = messageSource;
		this.nanoTime = nanoTime;
	}

	boolean hasMessages() {
		return this.messageSource != null;
	}

	@Nullable MessageSource messageSource() {
		return this.messageSource;
	}

	/**
	 * The message for a code in the client's locale.
	 * @param code the message code
	 * @param arguments the arguments, or {@code null} for the message as written
	 * @param locale the client's locale
	 * @return the message, or {@code null} when there is none
	 */
	@Nullable String message(String code, Object @Nullable [] arguments, Locale locale) {
		if (this.messageSource == null) {
			return null;
		}
		return this.messageSource.getMessage(code, arguments, null, locale);
	}

	/**
	 * The message for a code in the client's locale, with the language it was translated into.
	 * @param code the message code
	 * @param arguments the arguments, empty for the message as written
	 * @param locale the client's locale
	 * @return the message, or {@code null} when there is none
	 */
	@Nullable Localised localised(String code, Object[] arguments, Locale locale) {
		KnownMessage known = known(code, locale);
		Localised asWritten = known.asWritten();
		if (asWritten == null || arguments.length == 0) {
			return asWritten;
		}
		MessageTemplate template = known.template();
		String message = (template != null) ? template.format(arguments) : null;
		if (message == null) {
			message = message(code, arguments, locale);
		}
		return (message != null) ? new Localised(message, asWritten.language()) : null;
	}

	/**
	 * Whether the application has a message for a code in the client's locale.
	 * @param code the message code
	 * @param locale the client's locale
	 * @return whether there is a message
	 */
	boolean hasMessage(String code, Locale locale) {
		return known(code, locale).asWritten() != null;
	}

	/**
	 * The detail of a type for a problem that has no arguments to format into it: the message,
	 * unless it has placeholders, which are written for the arguments of an exception.
	 * @param type the resolved type
	 * @param locale the client's locale
	 * @return the detail, or {@code null} when there is none that fits
	 */
	@Nullable Localised detailWithoutArguments(ResolvedType type, Locale locale) {
		Localised detail = localised(type.detailCode(), NO_ARGUMENTS, locale);
		return (detail != null && detail.text().indexOf('{') < 0) ? detail : null;
	}

	/**
	 * The language a message was translated into: the client's locale, unless the message is
	 * the one of the application's base messages, whose language the starter cannot know.
	 * @param code the message code
	 * @param arguments the arguments the message was formatted with
	 * @param message the message found for the client's locale
	 * @param locale the client's locale
	 * @return the locale, or {@code null} when the message is not a translation
	 */
	@Nullable Locale languageOf(String code, Object @Nullable [] arguments, String message, Locale locale) {
		return message.equals(message(code, arguments, Locale.ROOT)) ? null : locale;
	}

	/**
	 * The title of a type when no message gives one: the configured title of the status, the
	 * status's reason phrase for {@code about:blank} (RFC 9457 §4.2.1), else the given title or
	 * the status's own.
	 * @param status the status
	 * @param type the resolved type
	 * @param title the title the problem's source gave, or {@code null}
	 * @return the title
	 */
	String titleOf(int status, ResolvedType type, @Nullable String title) {
		String configured = this.settings.titles().get(status);
		if (configured != null) {
			return configured;
		}
		if (Problem.BLANK_TYPE.equals(type.uri())) {
			return StatusKinds.reasonPhrase(status);
		}
		return (title != null) ? title : StatusKinds.title(status);
	}

	ResolvedType type(String slug) {
		ResolvedType cached = this.resolvedTypes.get(slug);
		if (cached != null) {
			return cached;
		}
		ResolvedType resolved = new ResolvedType(resolveType(slug), TITLE_CODE_PREFIX + slug,
				DETAIL_CODE_PREFIX + slug);
		if (this.resolvedTypes.size() < MAX_CACHED_TYPES) {
			this.resolvedTypes.put(slug, resolved);
		}
		return resolved;
	}

	/**
	 * The slug of a type URI under the configured type base URI.
	 * @param type the type
	 * @return the slug, or {@code null} when the type is not one of the base's
	 */
	@Nullable String slugOf(URI type) {
		URI base = this.settings.typeBaseUri();
		if (base == null) {
			return null;
		}
		String prefix = base.toString();
		String uri = type.toString();
		if (!prefix.endsWith("/")) {
			prefix = prefix + "/";
		}
		return (uri.length() > prefix.length() && uri.startsWith(prefix)) ? uri.substring(prefix.length()) : null;
	}

	/**
	 * The {@code instance} of a problem that answers a request path.
	 * @param path the path without query string, or {@code null} if unknown
	 * @return the URI reference, or {@code null} when the path is unknown or no URI reference
	 */
	static @Nullable URI instanceOf(@Nullable String path) {
		if (path == null || path.isEmpty()) {
			return null;
		}
		try {
			return new URI(path);
		}
		catch (URISyntaxException ex) {
			// A path the container accepted but that is no URI reference: leave the member out.
			return null;
		}
	}

	private KnownMessage known(String code, Locale locale) {
		if (this.messageSource == null) {
			return KnownMessage.NONE;
		}
		MessageKey key = new MessageKey(code, locale);
		long now = this.nanoTime.getAsLong();
		KnownMessage known = this.knownMessages.get(key);
		if (known != null && now - known.askedAt() < MESSAGE_REFRESH_NANOS) {
			return known;
		}
		String message = message(code, NO_ARGUMENTS, locale);
		boolean remembered = this.knownMessages.size() < MAX_CACHED_MESSAGES || this.knownMessages.containsKey(key);
		Localised asWritten = (message != null)
				? new Localised(message, languageOf(code, NO_ARGUMENTS, message, locale)) : null;
		// Past the bound a message is answered, not remembered: its template would serve this one failure only.
		MessageTemplate template = (message != null && remembered)
				? MessageTemplate.of(this.messageSource, code, locale) : null;
		known = new KnownMessage(asWritten, template, now);
		if (remembered) {
			this.knownMessages.put(key, known);
		}
		return known;
	}

	private URI resolveType(String type) {
		if (type.indexOf(':') >= 0) {
			try {
				return new URI(type);
			}
			catch (URISyntaxException ex) {
				return Problem.BLANK_TYPE;
			}
		}
		URI base = this.settings.typeBaseUri();
		if (base == null) {
			return Problem.BLANK_TYPE;
		}
		String prefix = base.toString();
		return URI.create(prefix.endsWith("/") ? prefix + type : prefix + "/" + type);
	}

	/**
	 * A title or detail from the application's messages.
	 *
	 * @param text the message
	 * @param language the locale it was translated into, or {@code null} when it is the base message
	 */
	record Localised(String text, @Nullable Locale language) {

		static @Nullable Locale languageOf(@Nullable Localised title, @Nullable Localised detail) {
			if (title != null && title.language() != null) {
				return title.language();
			}
			return (detail != null) ? detail.language() : null;
		}

	}

	/**
	 * What the message source said of a code in a locale.
	 *
	 * @param asWritten the message as written, without arguments, or {@code null} when there is none
	 * @param template where the arguments go, or {@code null} when the message source formats them
	 * @param askedAt when the message source was asked, in nanoseconds of {@link System#nanoTime()}
	 */
	private record KnownMessage(@Nullable Localised asWritten, @Nullable MessageTemplate template, long askedAt) {

		static final KnownMessage NONE = new KnownMessage(null, null, 0);

	}

	private record MessageKey(String code, Locale locale) {
	}

	/**
	 * A type slug resolved for the problems of its type.
	 *
	 * @param uri the problem's {@code type}
	 * @param titleCode the message code of its localised title
	 * @param detailCode the message code of its localised detail
	 */
	record ResolvedType(URI uri, String titleCode, String detailCode) {
	}

}

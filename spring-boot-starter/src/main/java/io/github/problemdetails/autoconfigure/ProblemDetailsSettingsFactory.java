package io.github.problemdetails.autoconfigure;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.problemdetails.autoconfigure.ProblemDetailsProperties.ExceptionMapping;
import io.github.problemdetails.core.ProblemMembers;
import io.github.problemdetails.internal.logging.LogPolicy;
import io.github.problemdetails.internal.logging.RepeatedFailures;
import io.github.problemdetails.internal.mapping.ConfiguredMapping;
import io.github.problemdetails.internal.mapping.MappingSettings;
import org.jspecify.annotations.Nullable;

import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;
import org.springframework.util.ClassUtils;

/**
 * Turns {@link ProblemDetailsProperties} into the engine's settings, and stops startup with
 * an {@link InvalidProblemDetailsPropertyException} on every value that cannot work: never a
 * silent fallback.
 */
final class ProblemDetailsSettingsFactory {

	private static final String PREFIX = "problem-details.";

	private static final String EXCEPTIONS = PREFIX + "exceptions";

	private final ProblemDetailsProperties properties;

	private final Environment environment;

	private final ClassLoader classLoader;

	ProblemDetailsSettingsFactory(ProblemDetailsProperties properties, Environment environment,
			@Nullable ClassLoader classLoader) {
		this.properties = properties;
		this.environment = environment;
		this.classLoader = (classLoader != null) ? classLoader : ClassUtils.getDefaultClassLoader();
	}

	MappingSettings mappingSettings() {
		int validationStatus = this.properties.getValidationStatus();
		if (validationStatus != 400 && validationStatus != 422) {
			throw new InvalidProblemDetailsPropertyException(PREFIX + "validation-status", validationStatus,
					"must be 400 or 422", "set it to 422 (the contract's default) or 400.");
		}
		URI typeBaseUri = this.properties.getTypeBaseUri();
		if (typeBaseUri != null && !isAbsoluteHierarchical(typeBaseUri) && !isPathAbsolute(typeBaseUri)) {
			throw new InvalidProblemDetailsPropertyException(PREFIX + "type-base-uri", typeBaseUri,
					"must be an absolute hierarchical URI or a path starting with '/'",
					"use a URI with a scheme and a path, such as 'https://errors.example.com/', a path of this "
							+ "application, such as '/problems/', or remove it to use 'about:blank'.");
		}
		this.properties.getTitles().keySet().forEach((status) -> checkStatus(PREFIX + "titles[" + status + "]", status));
		String traceIdMember = this.properties.getTraceId().getMember();
		checkMemberName(PREFIX + "trace-id.member", traceIdMember);
		this.properties.getExtensions().keySet().forEach((name) -> {
			checkMemberName(PREFIX + "extensions." + name, name);
			if (ProblemMembers.isReserved(name, traceIdMember)) {
				throw new InvalidProblemDetailsPropertyException(PREFIX + "extensions." + name, name,
						"is a member that problem-details writes itself", "choose another member name.");
			}
		});
		return MappingSettings.builder()
			.typeBaseUri(typeBaseUri)
			.validationStatus(validationStatus)
			.titles(this.properties.getTitles())
			.extensions(this.properties.getExtensions())
			.includeInstance(this.properties.getInclude().isInstance())
			.includeTimestamp(this.properties.getInclude().isTimestamp())
			.exposeClientErrorMessages(this.properties.isExposeClientErrorMessages())
			.includeRejectedValues(this.properties.getValidation().isIncludeRejectedValues())
			.traceIdMember(traceIdMember)
			.exceptionMappings(exceptionMappings())
			.build();
	}

	Map<Class<?>, ConfiguredMapping> exceptionMappings() {
		rejectUnbracketedKeys();
		Map<Class<?>, ConfiguredMapping> mappings = new LinkedHashMap<>();
		this.properties.getExceptions().forEach((className, mapping) -> {
			String key = EXCEPTIONS + "[" + className + "]";
			mappings.put(exceptionClass(className), configuredMapping(key, mapping));
		});
		return mappings;
	}

	RepeatedFailures repeatedFailures() {
		Duration window = this.properties.getLogging().getRepeatWindow();
		if (window.isNegative()) {
			throw new InvalidProblemDetailsPropertyException(PREFIX + "logging.repeat-window", window,
					"must not be negative", "set a window such as '1m', or 0 to log every stack trace.");
		}
		return new RepeatedFailures(window);
	}

	LogPolicy logPolicy() {
		try {
			return LogPolicy.of(this.properties.getLogging().getLevels(),
					this.properties.getLogging().getStackTraces());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidProblemDetailsPropertyException(PREFIX + "logging", ex.getMessage(),
					"has a key that is no status class or status",
					"use the keys 4xx and 5xx, or a status from 400 to 599 for levels.");
		}
	}

	private Class<?> exceptionClass(String className) {
		Class<?> type;
		try {
			type = ClassUtils.forName(className, this.classLoader);
		}
		catch (ClassNotFoundException | LinkageError ex) {
			throw new InvalidProblemDetailsPropertyException(EXCEPTIONS + "[" + className + "]", className,
					"no such class", "use the fully qualified name of an exception class on the classpath.");
		}
		// An interface may be implemented by exceptions; a class must be one.
		if (!type.isInterface() && !Throwable.class.isAssignableFrom(type)) {
			throw new InvalidProblemDetailsPropertyException(EXCEPTIONS + "[" + className + "]", className,
					"is not an exception", "map a class that extends Throwable, or an interface of one.");
		}
		return type;
	}

	// Boot binds an unbracketed "com.example.FooException.status" as the key "com" with nothing in it, which it
	// drops: the mapping would be lost without a word, so the property names are checked instead.
	private void rejectUnbracketedKeys() {
		if (!(this.environment instanceof ConfigurableEnvironment configurable)) {
			return;
		}
		String prefix = EXCEPTIONS + ".";
		for (PropertySource<?> source : configurable.getPropertySources()) {
			if (source instanceof EnumerablePropertySource<?> enumerable) {
				for (String name : enumerable.getPropertyNames()) {
					if (name.startsWith(prefix)) {
						String key = (name.lastIndexOf('.') > prefix.length())
								? name.substring(prefix.length(), name.lastIndexOf('.')) : name.substring(prefix.length());
						throw new InvalidProblemDetailsPropertyException(name, key,
								"a class name contains dots, so as a map key it must be in brackets",
								"write the key as \"[" + key + "]\" (in YAML with the quotes), for example "
										+ EXCEPTIONS + "[" + key + "]" + name.substring(prefix.length() + key.length()));
					}
				}
			}
		}
	}

	private static ConfiguredMapping configuredMapping(String key, ExceptionMapping mapping) {
		if (mapping.getStatus() != null) {
			checkStatus(key + ".status", mapping.getStatus());
		}
		if (mapping.getType() != null) {
			checkType(key + ".type", mapping.getType());
		}
		if (mapping.getCode() != null && !mapping.getCode().matches("[A-Z][A-Z0-9_]*")) {
			throw new InvalidProblemDetailsPropertyException(key + ".code", mapping.getCode(),
					"must be UPPER_SNAKE_CASE", "use a code such as CARD_DECLINED.");
		}
		return new ConfiguredMapping(mapping.getStatus(), mapping.getType(), mapping.getTitle(), mapping.getDetail(),
				mapping.getCode(), mapping.getLogLevel(), mapping.isExposeMessage());
	}

	private static boolean isAbsoluteHierarchical(URI uri) {
		return uri.isAbsolute() && !uri.isOpaque();
	}

	// RFC 9457 §3.1.1: a type may be a relative reference, resolved against the request's URI. Only a
	// path-absolute one ("/problems/") resolves to the same place from every request path; neither
	// "problems/" nor a network-path "//host/" does what a base is meant to.
	static boolean isPathAbsolute(URI uri) {
		String path = uri.getRawPath();
		return !uri.isAbsolute() && uri.getRawAuthority() == null && path != null && path.startsWith("/")
				&& !path.startsWith("//") && uri.getRawQuery() == null && uri.getRawFragment() == null;
	}

	private static void checkStatus(String key, int status) {
		if (status < 400 || status > 599) {
			throw new InvalidProblemDetailsPropertyException(key, status, "must be an error status from 400 to 599",
					"use a client (4xx) or server (5xx) error status.");
		}
	}

	// A slug is appended to the base URI; anything with a colon must be an absolute URI.
	private static void checkType(String key, String type) {
		boolean valid;
		if (type.indexOf(':') >= 0) {
			try {
				valid = new URI(type).isAbsolute();
			}
			catch (URISyntaxException ex) {
				valid = false;
			}
		}
		else {
			valid = !type.isBlank() && type.chars().allMatch((c) -> Character.isLetterOrDigit(c) || c == '-'
					|| c == '_' || c == '.' || c == '/');
		}
		if (!valid) {
			throw new InvalidProblemDetailsPropertyException(key, type, "is neither a type slug nor an absolute URI",
					"use a slug such as card-declined, or a URI such as https://errors.example.com/card-declined.");
		}
	}

	private static void checkMemberName(String key, String name) {
		if (name.isBlank() || ProblemMembers.STANDARD.contains(name)) {
			throw new InvalidProblemDetailsPropertyException(key, name, "is blank or a standard member",
					"use a name that is not type, title, status, detail or instance.");
		}
	}

}

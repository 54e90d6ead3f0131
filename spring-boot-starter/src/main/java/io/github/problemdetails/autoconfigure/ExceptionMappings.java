package io.github.problemdetails.autoconfigure;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.problemdetails.autoconfigure.ProblemDetailsProperties.ExceptionMapping;
import io.github.problemdetails.core.Problem;
import io.github.problemdetails.core.ProblemStatus;
import io.github.problemdetails.internal.mapping.ConfiguredMapping;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName.Form;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.util.ClassUtils;

/**
 * The exception mappings of {@code problem-details.exceptions}, resolved to the classes they
 * map and checked on the way: a mapping that cannot work stops startup naming its key.
 */
final class ExceptionMappings {

	private static final String PREFIX = ProblemDetailsProperties.PREFIX + ".exceptions";

	private static final String TYPE_BASE_URI = ProblemDetailsProperties.PREFIX + ".type-base-uri";

	private static final ConfigurationPropertyName EXCEPTIONS = ConfigurationPropertyName.of(PREFIX);

	// problem-details, exceptions, the class name, the mapping's key
	private static final int BRACKETED_ELEMENTS = 4;

	private ExceptionMappings() {
	}

	/**
	 * Whether a property that was left unbound is a mapping whose class name is not in
	 * brackets: Spring Boot splits such a key at its dots, so that
	 * {@code problem-details.exceptions.com.example.FooException.status} binds nothing.
	 * @param name the name of the unbound property
	 * @return whether the name holds a class name that needs brackets
	 */
	static boolean isUnbracketedClassName(ConfigurationPropertyName name) {
		return EXCEPTIONS.isAncestorOf(name) && name.getNumberOfElements() > BRACKETED_ELEMENTS
				&& name.getElement(EXCEPTIONS.getNumberOfElements(), Form.ORIGINAL).indexOf('.') < 0;
	}

	/**
	 * Refuse the first mapping whose class name is not in brackets, showing the bracketed
	 * form.
	 * @param unbracketed the unbound properties whose names hold such a class name
	 * @throws InvalidConfigurationPropertyValueException if there is one
	 */
	static void rejectUnbracketed(List<ConfigurationProperty> unbracketed) {
		if (unbracketed.isEmpty()) {
			return;
		}
		ConfigurationPropertyName name = unbracketed.get(0).getName();
		int last = name.getNumberOfElements() - 1;
		String className = elements(name, EXCEPTIONS.getNumberOfElements(), last);
		throw new InvalidConfigurationPropertyValueException(elements(name, 0, last + 1), unbracketed.get(0).getValue(),
				"A class name as a key of " + PREFIX + " must be in brackets, since Spring Boot splits a key at its "
						+ "dots. In YAML write the key in brackets and quotes, as \"[" + className + "]\":, and in "
						+ ".properties as " + PREFIX + "[" + className + "]." + name.getLastElement(Form.ORIGINAL)
						+ ".");
	}

	// The elements as written, so that a class name keeps its case.
	private static String elements(ConfigurationPropertyName name, int from, int to) {
		StringBuilder elements = new StringBuilder();
		for (int i = from; i < to; i++) {
			elements.append((i > from) ? "." : "").append(name.getElement(i, Form.ORIGINAL));
		}
		return elements.toString();
	}

	/**
	 * Resolve the configured mappings to the classes they map.
	 * @param mappings the mappings by class name
	 * @param typeBaseUri the type base URI, or {@code null} for none
	 * @return the mappings by class or interface, in the configured order
	 * @throws InvalidConfigurationPropertyValueException if a mapping cannot work
	 */
	static Map<Class<?>, ConfiguredMapping> resolve(Map<String, ExceptionMapping> mappings,
			@Nullable URI typeBaseUri) {
		Map<Class<?>, ConfiguredMapping> resolved = new LinkedHashMap<>();
		mappings.forEach((className, mapping) -> {
			String key = PREFIX + "[" + className + "]";
			// YAML reads an unquoted [com.example.FooException] as a list: the key arrives with the brackets in it.
			if (className.startsWith("[") && className.endsWith("]")) {
				throw new InvalidConfigurationPropertyValueException(key + "." + firstKeySet(mapping), className,
						"A bracketed class name must be quoted in YAML, since YAML reads " + className
								+ " without quotes as a list. Write the key as \"" + className
								+ "\": with the quotes.");
			}
			Class<?> exceptionClass = exceptionClass(key, className);
			ConfiguredMapping configured = configuredMapping(key, mapping);
			checkTypeAndTitleApply(key, configured, typeBaseUri);
			resolved.put(exceptionClass, configured);
		});
		return resolved;
	}

	private static Class<?> exceptionClass(String key, String className) {
		Class<?> type;
		try {
			type = ClassUtils.forName(className, ClassUtils.getDefaultClassLoader());
		}
		catch (ClassNotFoundException | LinkageError ex) {
			throw new InvalidConfigurationPropertyValueException(key, className,
					"No such class. Use the fully qualified name of an exception class on the classpath.");
		}
		// An interface may be implemented by exceptions; a class must be one.
		if (!type.isInterface() && !Throwable.class.isAssignableFrom(type)) {
			throw new InvalidConfigurationPropertyValueException(key, className,
					"Not an exception. Map a class that extends Throwable, or an interface of one.");
		}
		return type;
	}

	// The first key that the mapping sets, so that Spring Boot's analyzer finds the line it is written on.
	private static String firstKeySet(ExceptionMapping mapping) {
		String[] keys = { "status", "type", "title", "detail", "code", "log-level" };
		Object[] values = { mapping.getStatus(), mapping.getType(), mapping.getTitle(), mapping.getDetail(),
				mapping.getCode(), mapping.getLogLevel() };
		for (int i = 0; i < keys.length; i++) {
			if (values[i] != null) {
				return keys[i];
			}
		}
		return "expose-message";
	}

	private static ConfiguredMapping configuredMapping(String key, ExceptionMapping mapping) {
		Integer status = mapping.getStatus();
		if (status != null && !ProblemStatus.isError(status)) {
			throw new InvalidConfigurationPropertyValueException(key + ".status", status,
					"Must be an error status from 400 to 599. Use a client (4xx) or server (5xx) error status.");
		}
		String type = mapping.getType();
		if (type != null && !isSlugOrAbsoluteUri(type)) {
			throw new InvalidConfigurationPropertyValueException(key + ".type", type,
					"Neither a type slug nor an absolute URI. Use a slug such as card-declined, or a URI such as "
							+ "https://errors.example.com/card-declined.");
		}
		String code = mapping.getCode();
		if (code != null && !code.matches("[A-Z][A-Z0-9_]*")) {
			throw new InvalidConfigurationPropertyValueException(key + ".code", code,
					"Must be UPPER_SNAKE_CASE. Use a code such as CARD_DECLINED.");
		}
		return new ConfiguredMapping(status, type, mapping.getTitle(), mapping.getDetail(), code,
				mapping.getLogLevel(), mapping.isExposeMessage());
	}

	// RFC 9457 §4.2.1: with about:blank the title should be the status's reason phrase, and the engine writes that
	// (ProblemMapper.titleOf). A title or a slug type that only a type base URI would bring to the wire is refused
	// rather than dropped in silence; an absolute type URI needs no base, and then its title applies.
	private static void checkTypeAndTitleApply(String key, ConfiguredMapping mapping, @Nullable URI typeBaseUri) {
		boolean slug = mapping.type() != null && mapping.type().indexOf(':') < 0;
		if (slug && typeBaseUri == null) {
			throw new InvalidConfigurationPropertyValueException(key + ".type", mapping.type(),
					"A type slug needs " + TYPE_BASE_URI + ": without it every type is about:blank. Set "
							+ TYPE_BASE_URI + ", such as 'https://errors.example.com/', or give an absolute type "
							+ "URI, such as 'https://errors.example.com/" + mapping.type() + "'.");
		}
		if (mapping.title() != null && mapping.type() == null && typeBaseUri == null) {
			throw new InvalidConfigurationPropertyValueException(key + ".title", mapping.title(),
					"A title needs a type of its own, and without " + TYPE_BASE_URI + " every type is about:blank, "
							+ "whose title is the status's reason phrase (RFC 9457 §4.2.1). Set " + TYPE_BASE_URI
							+ ", give the mapping an absolute type URI, or remove the title.");
		}
		if (mapping.title() != null && Problem.BLANK_TYPE.toString().equals(mapping.type())) {
			throw new InvalidConfigurationPropertyValueException(key + ".title", mapping.title(),
					"The title of about:blank is the status's reason phrase (RFC 9457 §4.2.1). Give the mapping a "
							+ "type of its own, or remove the title.");
		}
	}

	// A slug is appended to the type base URI; anything with a colon must be an absolute URI.
	private static boolean isSlugOrAbsoluteUri(String type) {
		if (type.indexOf(':') >= 0) {
			try {
				return new URI(type).isAbsolute();
			}
			catch (URISyntaxException ex) {
				return false;
			}
		}
		return !type.isBlank() && type.chars()
			.allMatch((c) -> Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == '/');
	}

}

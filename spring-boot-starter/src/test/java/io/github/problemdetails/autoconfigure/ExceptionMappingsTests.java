package io.github.problemdetails.autoconfigure;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import com.example.billing.CardDeclinedException;
import io.github.problemdetails.autoconfigure.ProblemDetailsProperties.ExceptionMapping;
import io.github.problemdetails.internal.mapping.ConfiguredMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.logging.LogLevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Tests for {@link ExceptionMappings}.
 */
class ExceptionMappingsTests {

	private static final URI BASE = URI.create("https://errors.example.com/");

	@Test
	void resolvesClassesAndInterfacesInTheConfiguredOrder() {
		Map<String, ExceptionMapping> mappings = new LinkedHashMap<>();
		mappings.put("com.example.billing.CardDeclinedException", mapping(402, "card-declined", "CARD_DECLINED"));
		mappings.put("java.util.concurrent.TimeoutException", mapping(504, null, null));
		mappings.put("java.io.Serializable", mapping(null, "https://errors.example.com/serial", null));
		Map<Class<?>, ConfiguredMapping> resolved = ExceptionMappings.resolve(mappings, BASE);
		assertThat(resolved).containsOnlyKeys(CardDeclinedException.class, TimeoutException.class,
				java.io.Serializable.class);
		assertThat(resolved.keySet()).first().isEqualTo(CardDeclinedException.class);
		assertThat(resolved.get(CardDeclinedException.class))
			.isEqualTo(new ConfiguredMapping(402, "card-declined", null, null, "CARD_DECLINED", LogLevel.INFO, false));
	}

	@Test
	void refusesAClassThatDoesNotExist() {
		InvalidConfigurationPropertyValueException refusal = refusal("com.example.NoSuchException", mapping(402, null,
				null));
		assertThat(refusal.getName()).isEqualTo("problem-details.exceptions[com.example.NoSuchException]");
		assertThat(refusal.getValue()).isEqualTo("com.example.NoSuchException");
		assertThat(refusal.getReason()).startsWith("No such class.");
	}

	@Test
	void refusesAClassThatIsNoException() {
		assertThat(refusal("java.lang.String", mapping(400, null, null)).getReason()).startsWith("Not an exception.");
	}

	@ParameterizedTest
	@ValueSource(ints = { 302, 200, 600 })
	void refusesAStatusThatIsNoError(int status) {
		InvalidConfigurationPropertyValueException refusal = refusal("java.lang.IllegalStateException",
				mapping(status, null, null));
		assertThat(refusal.getName()).isEqualTo("problem-details.exceptions[java.lang.IllegalStateException].status");
		assertThat(refusal.getValue()).isEqualTo(status);
		assertThat(refusal.getReason()).startsWith("Must be an error status from 400 to 599.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://bad uri", "card declined", " " })
	void refusesATypeThatIsNeitherASlugNorAnAbsoluteUri(String type) {
		InvalidConfigurationPropertyValueException refusal = refusal("java.lang.IllegalStateException",
				mapping(409, type, null));
		assertThat(refusal.getName()).isEqualTo("problem-details.exceptions[java.lang.IllegalStateException].type");
		assertThat(refusal.getReason()).startsWith("Neither a type slug nor an absolute URI.");
	}

	@Test
	void refusesACodeThatIsNotUpperSnakeCase() {
		InvalidConfigurationPropertyValueException refusal = refusal("java.lang.IllegalStateException",
				mapping(409, null, "card-declined"));
		assertThat(refusal.getName()).isEqualTo("problem-details.exceptions[java.lang.IllegalStateException].code");
		assertThat(refusal.getReason()).isEqualTo("Must be UPPER_SNAKE_CASE. Use a code such as CARD_DECLINED.");
	}

	@Test
	void refusesAKeyWithTheBracketsInIt() {
		InvalidConfigurationPropertyValueException refusal = refusal("[java.lang.IllegalStateException]",
				mapping(409, null, null));
		assertThat(refusal.getName()).isEqualTo("problem-details.exceptions[[java.lang.IllegalStateException]].status");
		assertThat(refusal.getReason()).contains("\"[java.lang.IllegalStateException]\":");
	}

	@Test
	void refusesATypeSlugWithoutATypeBaseUri() {
		InvalidConfigurationPropertyValueException refusal = refusalWithoutBase(mapping(409, "state-conflict", null));
		assertThat(refusal.getName()).isEqualTo("problem-details.exceptions[java.lang.IllegalStateException].type");
		assertThat(refusal.getValue()).isEqualTo("state-conflict");
		assertThat(refusal.getReason())
			.startsWith("A type slug needs problem-details.type-base-uri: without it every type is about:blank.")
			.contains("'https://errors.example.com/state-conflict'");
	}

	@Test
	void refusesATitleWithoutATypeBaseUri() {
		ExceptionMapping mapping = mapping(409, null, null);
		mapping.setTitle("State conflict");
		InvalidConfigurationPropertyValueException refusal = refusalWithoutBase(mapping);
		assertThat(refusal.getName()).isEqualTo("problem-details.exceptions[java.lang.IllegalStateException].title");
		assertThat(refusal.getValue()).isEqualTo("State conflict");
		assertThat(refusal.getReason()).startsWith("A title needs a type of its own, and without "
				+ "problem-details.type-base-uri every type is about:blank");
	}

	@Test
	void refusesATitleOfAboutBlank() {
		ExceptionMapping mapping = mapping(409, "about:blank", null);
		mapping.setTitle("State conflict");
		assertThat(refusal("java.lang.IllegalStateException", mapping).getReason())
			.startsWith("The title of about:blank is the status's reason phrase");
	}

	@Test
	void keepsTheTitleOfAnAbsoluteTypeWithoutATypeBaseUri() {
		ExceptionMapping mapping = mapping(409, "https://errors.example.com/state-conflict", null);
		mapping.setTitle("State conflict");
		assertThat(ExceptionMappings.resolve(Map.of("java.lang.IllegalStateException", mapping), null))
			.extractingByKey(IllegalStateException.class)
			.extracting(ConfiguredMapping::title)
			.isEqualTo("State conflict");
	}

	@Test
	void keepsEverythingElseWithoutATypeBaseUri() {
		ExceptionMapping mapping = mapping(409, null, "STATE_CONFLICT");
		mapping.setDetail("Try again later.");
		mapping.setExposeMessage(true);
		assertThat(ExceptionMappings.resolve(Map.of("java.lang.IllegalStateException", mapping), null))
			.containsEntry(IllegalStateException.class,
					new ConfiguredMapping(409, null, null, "Try again later.", "STATE_CONFLICT", LogLevel.INFO, true));
	}

	@ParameterizedTest
	@ValueSource(strings = { "problem-details.exceptions.java.util.concurrent.TimeoutException.status",
			"problem-details.exceptions.com.example.FooException.log-level" })
	void findsClassNamesThatNeedBrackets(String name) {
		assertThat(ExceptionMappings.isUnbracketedClassName(ConfigurationPropertyName.adapt(name, '.'))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "problem-details.exceptions[java.util.concurrent.TimeoutException].staus",
			"problem-details.exceptions.TimeoutException.staus", "problem-details.titles.java.lang.Foo.status" })
	void leavesOtherUnknownKeysAlone(String name) {
		assertThat(ExceptionMappings.isUnbracketedClassName(ConfigurationPropertyName.adapt(name, '.'))).isFalse();
	}

	private static ExceptionMapping mapping(Integer status, String type, String code) {
		ExceptionMapping mapping = new ExceptionMapping();
		mapping.setStatus(status);
		mapping.setType(type);
		mapping.setCode(code);
		mapping.setLogLevel((code != null) ? LogLevel.INFO : null);
		return mapping;
	}

	private static InvalidConfigurationPropertyValueException refusalWithoutBase(ExceptionMapping mapping) {
		InvalidConfigurationPropertyValueException refusal = catchThrowableOfType(
				InvalidConfigurationPropertyValueException.class,
				() -> ExceptionMappings.resolve(Map.of("java.lang.IllegalStateException", mapping), null));
		assertThat(refusal).as("refusal").isNotNull();
		return refusal;
	}

	private static InvalidConfigurationPropertyValueException refusal(String className, ExceptionMapping mapping) {
		InvalidConfigurationPropertyValueException refusal = catchThrowableOfType(
				InvalidConfigurationPropertyValueException.class,
				() -> ExceptionMappings.resolve(Map.of(className, mapping), BASE));
		assertThat(refusal).as("refusal").isNotNull();
		return refusal;
	}

}

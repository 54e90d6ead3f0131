package io.github.problemdetails.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.problemdetails.internal.logging.ProblemLogger;
import io.github.problemdetails.internal.mapping.MappingSettings;
import io.github.problemdetails.mapping.ViolationLocation;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.logging.LogLevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Tests for {@link ProblemDetailsProperties}: binding, the checks of every value, unknown keys
 * and the YAML forms of class-name keys.
 */
class ProblemDetailsPropertiesTests {

	private static final String MISTAKES = "problem-details-test/mistakes/";

	@Test
	void defaultsMatchTheContract() {
		ProblemDetailsProperties properties = bind(Map.of());
		assertThat(properties.isEnabled()).isTrue();
		assertThat(properties.getTypeBaseUri()).isNull();
		assertThat(properties.getValidationStatus()).isEqualTo(422);
		assertThat(properties.getTraceId().getResponseHeader()).isEqualTo("X-Trace-Id");
		assertThat(properties.getTraceId().getRequestHeaders()).containsExactly("traceparent", "X-Request-Id");
		assertThat(properties.getValidation().getMaxErrors()).isEqualTo(MappingSettings.DEFAULT_MAX_ERRORS);
		assertThat(properties.getLogging().getMaxMessageLength()).isEqualTo(ProblemLogger.DEFAULT_MAX_MESSAGE_LENGTH);
		assertThat(properties.getLogging().getRepeatWindow()).isEqualTo(Duration.ofSeconds(10));
	}

	@Test
	void bindsEveryKey() {
		ProblemDetailsProperties properties = bind(Map.of("problem-details.enabled", "false",
				"problem-details.type-base-uri", "https://errors.example.com/", "problem-details.validation-status",
				"400", "problem-details.trace-id.response-header", "X-Correlation-Id",
				"problem-details.trace-id.request-headers", "X-Correlation-Id"));
		assertThat(properties.isEnabled()).isFalse();
		assertThat(properties.getTypeBaseUri()).isEqualTo(URI.create("https://errors.example.com/"));
		assertThat(properties.getValidationStatus()).isEqualTo(400);
		assertThat(properties.getTraceId().getResponseHeader()).isEqualTo("X-Correlation-Id");
		assertThat(properties.getTraceId().getRequestHeaders()).containsExactly("X-Correlation-Id");
	}

	@Test
	void bindsEveryGroup() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("problem-details.type-base-uri", "https://errors.example.com/");
		values.put("problem-details.titles[404]", "Nothing here");
		values.put("problem-details.extensions.service", "orders");
		values.put("problem-details.expose-client-error-messages", "true");
		values.put("problem-details.exceptions[java.lang.IllegalStateException].status", "409");
		values.put("problem-details.exceptions[java.lang.IllegalStateException].type", "state-conflict");
		values.put("problem-details.exceptions[java.lang.IllegalStateException].title", "State conflict");
		values.put("problem-details.exceptions[java.lang.IllegalStateException].detail", "Try again later.");
		values.put("problem-details.exceptions[java.lang.IllegalStateException].code", "STATE_CONFLICT");
		values.put("problem-details.exceptions[java.lang.IllegalStateException].log-level", "info");
		values.put("problem-details.exceptions[java.lang.IllegalStateException].expose-message", "true");
		values.put("problem-details.include.instance", "false");
		values.put("problem-details.include.timestamp", "true");
		values.put("problem-details.validation.include-rejected-values", "true");
		values.put("problem-details.validation.location", "field");
		values.put("problem-details.validation.max-errors", "20");
		values.put("problem-details.logging.levels.4xx", "warn");
		values.put("problem-details.logging.levels.404", "off");
		values.put("problem-details.logging.stack-traces.5xx", "false");
		values.put("problem-details.logging.repeat-window", "1m");
		values.put("problem-details.logging.max-message-length", "200");
		values.put("problem-details.trace-id.member", "correlationId");
		values.put("problem-details.trace-id.mdc-key", "requestId");
		values.put("problem-details.error-endpoint.enabled", "false");
		ProblemDetailsProperties properties = bind(values);
		assertThat(properties.getTitles()).containsEntry(404, "Nothing here");
		assertThat(properties.getExtensions()).containsEntry("service", "orders");
		assertThat(properties.isExposeClientErrorMessages()).isTrue();
		ProblemDetailsProperties.ExceptionMapping mapping = properties.getExceptions()
			.get("java.lang.IllegalStateException");
		assertThat(mapping.getStatus()).isEqualTo(409);
		assertThat(mapping.getType()).isEqualTo("state-conflict");
		assertThat(mapping.getTitle()).isEqualTo("State conflict");
		assertThat(mapping.getDetail()).isEqualTo("Try again later.");
		assertThat(mapping.getCode()).isEqualTo("STATE_CONFLICT");
		assertThat(mapping.getLogLevel()).isEqualTo(LogLevel.INFO);
		assertThat(mapping.isExposeMessage()).isTrue();
		assertThat(properties.getInclude().isInstance()).isFalse();
		assertThat(properties.getInclude().isTimestamp()).isTrue();
		assertThat(properties.getValidation().isIncludeRejectedValues()).isTrue();
		assertThat(properties.getValidation().getLocation()).isEqualTo(ViolationLocation.FIELD);
		assertThat(properties.getValidation().getMaxErrors()).isEqualTo(20);
		assertThat(properties.getLogging().getLevels()).containsEntry("4xx", LogLevel.WARN)
			.containsEntry("404", LogLevel.OFF);
		assertThat(properties.getLogging().getStackTraces()).containsEntry("5xx", false);
		assertThat(properties.getLogging().getRepeatWindow()).isEqualTo(Duration.ofMinutes(1));
		assertThat(properties.getLogging().getMaxMessageLength()).isEqualTo(200);
		assertThat(properties.getTraceId().getMember()).isEqualTo("correlationId");
		assertThat(properties.getTraceId().getMdcKey()).isEqualTo("requestId");
		assertThat(properties.getErrorEndpoint().isEnabled()).isFalse();
	}

	@Test
	void readmeYamlBindsEveryMappingUnderItsClassName() {
		ProblemDetailsProperties properties = PropertiesBinding.bindYaml(new ProblemDetailsProperties(),
				"problem-details-test/readme-mapping.yml");
		assertThat(properties.getExceptions()).containsOnlyKeys("com.example.billing.CardDeclinedException",
				"java.util.concurrent.TimeoutException");
		assertThat(properties.getExceptions().get("com.example.billing.CardDeclinedException").getTitle())
			.isEqualTo("Card declined");
		assertThat(properties.getExceptions().get("java.util.concurrent.TimeoutException").getStatus()).isEqualTo(504);
	}

	@Test
	void integrationSectionsAreLeftToTheirOwnProperties() {
		assertThatNoException().isThrownBy(() -> bind(Map.of("problem-details.security.challenge", "Basic",
				"problem-details.data.retry-after", "30s", "problem-details.client.expose-upstream", "true",
				"problem-details.tracing.enabled", "false", "problem-details.catalog.path", "/problems/")));
	}

	@Test
	void unknownKeyUnderThePrefixStopsBindingNamingTheKey() {
		assertThat(unknownKeys(MISTAKES + "misspelled-prefix-key.yml"))
			.containsExactly("problem-details.exception[java.util.concurrent.TimeoutException].status");
	}

	@Test
	void unknownKeysInsideAMappingStopBindingNamingTheKeys() {
		assertThat(unknownKeys(MISTAKES + "misspelled-mapping-keys.yml")).containsExactly(
				"problem-details.exceptions[java.util.concurrent.TimeoutException].staus",
				"problem-details.exceptions[java.util.concurrent.TimeoutException].tittle");
	}

	@Test
	void unknownIntegrationSectionStopsBinding() {
		BindException failure = catchThrowableOfType(BindException.class,
				() -> bind(Map.of("problem-details.securty.challenge", "Basic")));
		assertThat(failure).hasRootCauseInstanceOf(UnboundConfigurationPropertiesException.class);
	}

	@Test
	void unbracketedClassNameIsRefusedShowingTheQuotedBracketedForm() {
		InvalidConfigurationPropertyValueException refusal = yamlRefusal("unbracketed-class-name.yml");
		assertThat(refusal.getName())
			.isEqualTo("problem-details.exceptions.java.util.concurrent.TimeoutException.status");
		assertThat(refusal.getValue()).isEqualTo(504);
		assertThat(refusal.getReason())
			.startsWith("A class name as a key of problem-details.exceptions must be in brackets")
			.contains("\"[java.util.concurrent.TimeoutException]\":")
			.contains("problem-details.exceptions[java.util.concurrent.TimeoutException].status");
	}

	@Test
	void unquotedBracketsInYamlAreRefusedShowingTheQuotedForm() {
		InvalidConfigurationPropertyValueException refusal = yamlRefusal("unquoted-brackets.yml");
		assertThat(refusal.getName())
			.isEqualTo("problem-details.exceptions[[java.util.concurrent.TimeoutException]].status");
		assertThat(refusal.getReason()).startsWith("A bracketed class name must be quoted in YAML")
			.contains("\"[java.util.concurrent.TimeoutException]\":");
	}

	@Test
	void mappingTitleWithoutATypeBaseUriIsRefusedNamingTheTypeBaseUri() {
		InvalidConfigurationPropertyValueException refusal = yamlRefusal("title-without-type-base-uri.yml");
		assertThat(refusal.getName())
			.isEqualTo("problem-details.exceptions[java.util.concurrent.TimeoutException].title");
		assertThat(refusal.getReason()).contains("problem-details.type-base-uri");
	}

	@ParameterizedTest
	@ValueSource(strings = { "418", "200" })
	void refusesAValidationStatusOtherThan400Or422(String status) {
		InvalidConfigurationPropertyValueException refusal = refusal(
				Map.of("problem-details.validation-status", status));
		assertThat(refusal.getName()).isEqualTo("problem-details.validation-status");
		assertThat(refusal.getValue()).isEqualTo(Integer.valueOf(status));
		assertThat(refusal.getReason()).isEqualTo("Must be 400 or 422. Set it to 422 (the contract's default) or 400.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "errors/", "//errors.example.com/", "/problems/?page=1", "/problems/#top", "urn:errors" })
	void refusesATypeBaseUriThatIsRelativeOrOpaque(String value) {
		InvalidConfigurationPropertyValueException refusal = refusal(Map.of("problem-details.type-base-uri", value));
		assertThat(refusal.getName()).isEqualTo("problem-details.type-base-uri");
		assertThat(refusal.getReason()).startsWith("Must be an absolute hierarchical URI or a path starting with '/'.")
			.contains("'/problems/'");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://errors.example.com/", "/problems/" })
	void acceptsAnAbsoluteTypeBaseUriOrAPathOfTheApplication(String value) {
		assertThat(bind(Map.of("problem-details.type-base-uri", value)).getTypeBaseUri()).hasToString(value);
	}

	@Test
	void refusesATitleForAStatusThatIsNoError() {
		InvalidConfigurationPropertyValueException refusal = refusal(Map.of("problem-details.titles.200", "OK"));
		assertThat(refusal.getName()).isEqualTo("problem-details.titles[200]");
		assertThat(refusal.getReason()).startsWith("200 is no error status.");
	}

	@ParameterizedTest
	@ValueSource(strings = { " ", "type", "detail", "code", "errors", "timestamp" })
	void refusesATraceIdMemberThatCollides(String member) {
		InvalidConfigurationPropertyValueException refusal = refusal(Map.of("problem-details.trace-id.member", member));
		assertThat(refusal.getName()).isEqualTo("problem-details.trace-id.member");
		assertThat(refusal.getReason()).contains("'requestId'");
	}

	@ParameterizedTest
	@ValueSource(strings = { "code", "type", "traceId", "timestamp" })
	void refusesAnExtensionThatWouldReplaceAMember(String name) {
		InvalidConfigurationPropertyValueException refusal = refusal(Map.of("problem-details.extensions." + name, "x"));
		assertThat(refusal.getName()).isEqualTo("problem-details.extensions." + name);
		assertThat(refusal.getReason()).endsWith("Choose another member name.");
	}

	@Test
	void refusesAnExtensionNamedLikeTheConfiguredTraceIdMember() {
		InvalidConfigurationPropertyValueException refusal = refusal(
				Map.of("problem-details.trace-id.member", "requestId", "problem-details.extensions.requestId", "x"));
		assertThat(refusal.getName()).isEqualTo("problem-details.extensions.requestId");
	}

	@Test
	void refusesALogLevelKeyThatIsNoStatusClassOrErrorStatus() {
		InvalidConfigurationPropertyValueException refusal = refusal(
				Map.of("problem-details.logging.levels.client", "info"));
		assertThat(refusal.getName()).isEqualTo("problem-details.logging.levels.client");
		assertThat(refusal.getValue()).isEqualTo(LogLevel.INFO);
		assertThat(refusal.getReason()).startsWith("'client' is neither a status class nor an error status.");
	}

	@Test
	void refusesAStackTraceKeyThatIsNoStatusClass() {
		InvalidConfigurationPropertyValueException refusal = refusal(
				Map.of("problem-details.logging.stack-traces.404", "true"));
		assertThat(refusal.getName()).isEqualTo("problem-details.logging.stack-traces.404");
		assertThat(refusal.getReason()).isEqualTo("'404' is no status class. Use 4xx or 5xx.");
	}

	@Test
	void refusesANegativeRepeatWindow() {
		InvalidConfigurationPropertyValueException refusal = refusal(
				Map.of("problem-details.logging.repeat-window", "-1s"));
		assertThat(refusal.getName()).isEqualTo("problem-details.logging.repeat-window");
		assertThat(refusal.getValue()).isEqualTo(Duration.ofSeconds(-1));
		assertThat(refusal.getReason()).startsWith("Must not be negative.");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			problem-details.validation.max-errors      | 0  | Set a number such as 100 (the default).
			problem-details.validation.max-errors      | -1 | Set a number such as 100 (the default).
			problem-details.logging.max-message-length | 0  | Set a length such as 500 (the default).
			problem-details.logging.max-message-length | -1 | Set a length such as 500 (the default).
			""")
	void refusesABoundThatIsNotPositive(String key, String value, String fix) {
		assertThat(refusal(Map.of(key, value))).extracting(InvalidConfigurationPropertyValueException::getName,
				InvalidConfigurationPropertyValueException::getReason)
			.containsExactly(key, "Must be positive. " + fix);
	}

	private static ProblemDetailsProperties bind(Map<String, String> values) {
		return PropertiesBinding.bind(new ProblemDetailsProperties(), values);
	}

	private static InvalidConfigurationPropertyValueException refusal(Map<String, String> values) {
		return refusal(() -> bind(values));
	}

	private static InvalidConfigurationPropertyValueException yamlRefusal(String yaml) {
		return refusal(() -> PropertiesBinding.bindYaml(new ProblemDetailsProperties(), MISTAKES + yaml));
	}

	private static InvalidConfigurationPropertyValueException refusal(ThrowingCallable binding) {
		InvalidConfigurationPropertyValueException refusal = catchThrowableOfType(
				InvalidConfigurationPropertyValueException.class, binding);
		assertThat(refusal).as("refusal").isNotNull();
		return refusal;
	}

	private static Iterable<String> unknownKeys(String yaml) {
		BindException failure = catchThrowableOfType(BindException.class,
				() -> PropertiesBinding.bindYaml(new ProblemDetailsProperties(), yaml));
		assertThat(failure).as("failure").isNotNull();
		assertThat(failure.getCause()).isInstanceOf(UnboundConfigurationPropertiesException.class);
		return ((UnboundConfigurationPropertiesException) failure.getCause()).getUnboundProperties()
			.stream()
			.map(ConfigurationProperty::getName)
			.map(Object::toString)
			.toList();
	}

}

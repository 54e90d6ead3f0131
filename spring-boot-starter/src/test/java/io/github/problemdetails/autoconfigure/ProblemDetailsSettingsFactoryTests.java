package io.github.problemdetails.autoconfigure;

import io.github.problemdetails.core.Problem;
import io.github.problemdetails.core.exception.NotFoundException;
import io.github.problemdetails.internal.mapping.ProblemMapper;
import io.github.problemdetails.mapping.ProblemRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.core.NestedExceptionUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of bad {@code problem-details} value stops startup with a failure analysis that
 * names the key and the fix.
 */
class ProblemDetailsSettingsFactoryTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(ProblemDetailsAutoConfiguration.class, JacksonAutoConfiguration.class));

	@Test
	void unknownExceptionClassFailsStartup() {
		this.runner.withPropertyValues("problem-details.exceptions[com.example.NoSuchException].status=402")
			.run((context) -> assertThat(analysis(context).getDescription())
				.isEqualTo("Invalid value 'com.example.NoSuchException' for property "
						+ "'problem-details.exceptions[com.example.NoSuchException]': no such class"));
	}

	@Test
	void pathAbsoluteTypeBaseUriGivesRelativeTypeReferences() {
		this.runner.withPropertyValues("problem-details.type-base-uri=/problems/").run((context) -> {
			assertThat(context).hasNotFailed();
			ProblemMapper mapper = context.getBean(ProblemMapper.class);
			Problem problem = mapper.map(new NotFoundException("order", 42), ProblemRequest.of("/orders/42", null))
				.problem();
			assertThat(problem.type()).hasToString("/problems/not-found");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "errors/", "//errors.example.com/", "/problems/?page=1", "/problems/#top", "urn:errors" })
	void otherRelativeOrOpaqueTypeBaseUrisFailStartup(String value) {
		this.runner.withPropertyValues("problem-details.type-base-uri=" + value).run((context) -> {
			FailureAnalysis analysis = analysis(context);
			assertThat(analysis.getDescription()).contains("'problem-details.type-base-uri'")
				.contains("must be an absolute hierarchical URI or a path starting with '/'");
			assertThat(analysis.getAction()).contains("'/problems/'");
		});
	}

	@Test
	void unbracketedClassNameFailsStartupShowingTheBracketedForm() {
		this.runner.withPropertyValues("problem-details.exceptions.java.util.concurrent.TimeoutException.status=504")
			.run((context) -> {
				FailureAnalysis analysis = analysis(context);
				assertThat(analysis.getDescription()).isEqualTo("Invalid value 'java.util.concurrent.TimeoutException' "
						+ "for property 'problem-details.exceptions.java.util.concurrent.TimeoutException.status': "
						+ "a class name contains dots, so as a map key it must be in brackets");
				assertThat(analysis.getAction()).contains("\"[java.util.concurrent.TimeoutException]\"")
					.contains("problem-details.exceptions[java.util.concurrent.TimeoutException].status");
			});
	}

	@Test
	void classThatIsNoExceptionFailsStartup() {
		this.runner.withPropertyValues("problem-details.exceptions[java.lang.String].status=400")
			.run((context) -> assertThat(analysis(context).getDescription()).endsWith("is not an exception"));
	}

	@Test
	void statusOutsideErrorRangeFailsStartup() {
		this.runner.withPropertyValues("problem-details.exceptions[java.lang.IllegalStateException].status=302")
			.run((context) -> {
				FailureAnalysis analysis = analysis(context);
				assertThat(analysis.getDescription()).isEqualTo("Invalid value '302' for property "
						+ "'problem-details.exceptions[java.lang.IllegalStateException].status': "
						+ "must be an error status from 400 to 599");
				assertThat(analysis.getAction()).startsWith(
						"Update 'problem-details.exceptions[java.lang.IllegalStateException].status'");
			});
	}

	@Test
	void malformedTypeUriFailsStartup() {
		this.runner.withPropertyValues("problem-details.exceptions[java.lang.IllegalStateException].type=http://bad uri")
			.run((context) -> assertThat(analysis(context).getDescription())
				.contains("problem-details.exceptions[java.lang.IllegalStateException].type")
				.endsWith("is neither a type slug nor an absolute URI"));
	}

	@Test
	void codeThatIsNotUpperSnakeCaseFailsStartup() {
		this.runner.withPropertyValues("problem-details.exceptions[java.lang.IllegalStateException].code=card-declined")
			.run((context) -> assertThat(analysis(context).getDescription()).endsWith("must be UPPER_SNAKE_CASE"));
	}

	@Test
	void unknownLogLevelFailsStartup() {
		this.runner.withPropertyValues("problem-details.exceptions[java.lang.IllegalStateException].log-level=loud")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
					.hasMessageContaining("LogLevel.loud");
				BindException failure = findCause(context.getStartupFailure(), BindException.class);
				assertThat(failure).isNotNull();
				assertThat(failure.getProperty().getName())
					.hasToString("problem-details.exceptions[java.lang.IllegalStateException].log-level");
			});
	}

	@Test
	void unknownLoggingKeyFailsStartup() {
		this.runner.withPropertyValues("problem-details.logging.levels.client=info")
			.run((context) -> assertThat(analysis(context).getDescription()).contains("problem-details.logging")
				.contains("'client'"));
	}

	@Test
	void titleForANonErrorStatusFailsStartup() {
		this.runner.withPropertyValues("problem-details.titles.200=OK")
			.run((context) -> assertThat(analysis(context).getDescription())
				.contains("problem-details.titles[200]"));
	}

	@Test
	void extensionThatWouldReplaceAMemberFailsStartup() {
		this.runner.withPropertyValues("problem-details.extensions.code=X")
			.run((context) -> assertThat(analysis(context).getDescription())
				.contains("problem-details.extensions.code"));
	}

	private static FailureAnalysis analysis(AssertableWebApplicationContext context) {
		assertThat(context).hasFailed();
		InvalidProblemDetailsPropertyException cause = findCause(context.getStartupFailure(),
				InvalidProblemDetailsPropertyException.class);
		assertThat(cause).as("failure cause").isNotNull();
		FailureAnalysis analysis = new InvalidProblemDetailsPropertyFailureAnalyzer()
			.analyze(context.getStartupFailure());
		assertThat(analysis).isNotNull();
		return analysis;
	}

	private static <T extends Throwable> T findCause(Throwable failure, Class<T> type) {
		for (Throwable candidate = failure; candidate != null; candidate = candidate.getCause()) {
			if (type.isInstance(candidate)) {
				return type.cast(candidate);
			}
		}
		return null;
	}

}

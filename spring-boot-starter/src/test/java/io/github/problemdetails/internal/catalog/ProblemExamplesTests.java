package io.github.problemdetails.internal.catalog;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.github.problemdetails.core.FieldViolation;
import io.github.problemdetails.core.Problem;
import io.github.problemdetails.core.ProblemMembers;
import io.github.problemdetails.core.exception.NotFoundException;
import io.github.problemdetails.core.exception.RateLimitedException;
import io.github.problemdetails.internal.mapping.ConfiguredMapping;
import io.github.problemdetails.internal.mapping.ProblemKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ProblemExamples}.
 */
class ProblemExamplesTests {

	private static final URI BASE = URI.create("https://problems.example.com/");

	private final ProblemExamples examples = ProblemCatalogTests.examples(BASE, 422, Map.of());

	@ParameterizedTest
	@EnumSource(value = ProblemKind.class, names = "VALIDATION_FAILED", mode = EnumSource.Mode.EXCLUDE)
	void anExampleOfAKindIsTheRegistrysGenericProblemOfThatKind(ProblemKind kind) {
		Problem problem = this.examples.of(kind, "/orders/1", false).problem();
		assertThat(problem.status()).isEqualTo(kind.status());
		assertThat(problem.type()).isEqualTo(BASE.resolve(kind.slug()));
		assertThat(problem.title()).isEqualTo(kind.title());
		assertThat(problem.detail()).isEqualTo(kind.detail());
		assertThat(problem.instance()).isEqualTo(URI.create("/orders/1"));
		assertThat(problem.extensions()).containsEntry(ProblemMembers.TRACE_ID, ProblemExamples.EXAMPLE_TRACE_ID);
	}

	@ParameterizedTest
	@ValueSource(ints = { 400, 422 })
	void aValidationExampleHasAViolationOfTheBodyOrOfAParameterAtTheConfiguredStatus(int validationStatus) {
		ProblemExamples examples = ProblemCatalogTests.examples(BASE, validationStatus, Map.of());
		Problem body = examples.of(ProblemKind.VALIDATION_FAILED, "/users", false).problem();
		Problem parameter = examples.of(ProblemKind.VALIDATION_FAILED, "/users", true).problem();
		for (Problem problem : List.of(body, parameter)) {
			assertThat(problem.status()).isEqualTo(validationStatus);
			assertThat(problem.type()).isEqualTo(BASE.resolve(ProblemKind.VALIDATION_FAILED.slug()));
			assertThat(problem.title()).isEqualTo(ProblemKind.VALIDATION_FAILED.title());
		}
		assertThat(violation(body).pointer()).isEqualTo("/email");
		assertThat(violation(parameter).parameter()).isEqualTo("limit");
	}

	@Test
	void anExampleOfAnExceptionIsMadeWithPlaceholderArgumentsAndMappedByTheEngine() {
		Problem problem = this.examples.of(NotFoundException.class, "/users/1").problem();
		assertThat(problem.status()).isEqualTo(404);
		assertThat(problem.type()).isEqualTo(BASE.resolve(NotFoundException.TYPE));
		assertThat(problem.detail()).isEqualTo("No example with id '42' exists.");
		assertThat(this.examples.of(RateLimitedException.class, "/").headers().getFirst("Retry-After"))
			.isEqualTo("30");
	}

	@Test
	void anExampleOfAnExceptionFollowsItsConfiguredMapping() {
		ProblemExamples examples = ProblemCatalogTests.examples(BASE, 422, Map.of(CardDeclinedException.class,
				new ConfiguredMapping(402, "card-declined", "Card declined", null, "CARD_DECLINED", null, false)));
		Problem problem = examples.of(CardDeclinedException.class, "/payments").problem();
		assertThat(problem.status()).isEqualTo(402);
		assertThat(problem.title()).isEqualTo("Card declined");
		assertThat(problem.extensions()).containsEntry(ProblemMembers.CODE, "CARD_DECLINED");
	}

	// No placeholder fits the constructor: the example is made of the nearest superclass that can be made.
	@Test
	void anExceptionThatCannotBeMadeIsExemplifiedByItsNearestSuperclass() {
		Problem problem = this.examples.of(UnusableNotFoundException.class, "/users/1").problem();
		assertThat(problem.status()).isEqualTo(404);
		assertThat(problem.type()).isEqualTo(BASE.resolve(NotFoundException.TYPE));
		assertThat(this.examples.of(UnusableException.class, "/").problem().status()).isEqualTo(500);
	}

	@Test
	void membersAreWhatTheServiceWritesInItsOrder() {
		Problem problem = this.examples.of(ProblemKind.NOT_FOUND, "/users/1", false).problem();
		assertThat(this.examples.members(problem)).containsExactly(Map.entry("type", BASE + "not-found"),
				Map.entry("title", ProblemKind.NOT_FOUND.title()), Map.entry("status", 404),
				Map.entry("detail", ProblemKind.NOT_FOUND.detail()), Map.entry("instance", "/users/1"),
				Map.entry(ProblemMembers.TRACE_ID, ProblemExamples.EXAMPLE_TRACE_ID));
	}

	private static FieldViolation violation(Problem problem) {
		List<?> errors = (List<?>) problem.extensions().get(ProblemMembers.ERRORS);
		assertThat(errors).hasSize(1);
		return (FieldViolation) errors.get(0);
	}

	static class CardDeclinedException extends RuntimeException {

		CardDeclinedException(String message) {
			super(message);
		}

	}

	static class UnusableException extends RuntimeException {

		UnusableException(Thread thread) {
			super(thread.getName());
		}

	}

	static class UnusableNotFoundException extends NotFoundException {

		UnusableNotFoundException(Thread thread) {
			super(thread.getName());
		}

	}

}

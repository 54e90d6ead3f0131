package io.github.problemdetails.internal.catalog;

import java.lang.reflect.Method;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.problemdetails.core.exception.ConflictException;
import io.github.problemdetails.core.exception.GoneException;
import io.github.problemdetails.core.exception.ProblemException;
import io.github.problemdetails.internal.json.ProblemJsonWriter;
import io.github.problemdetails.internal.mapping.ConfiguredMapping;
import io.github.problemdetails.internal.mapping.MappingSettings;
import io.github.problemdetails.internal.mapping.ProblemKind;
import io.github.problemdetails.internal.mapping.ProblemMapper;
import io.github.problemdetails.openapi.ProblemResponse;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ProblemCatalog}.
 */
class ProblemCatalogTests {

	private static final URI BASE = URI.create("https://problems.example.com/");

	@ParameterizedTest
	@ValueSource(ints = { 400, 422 })
	void describesEveryKindOfTheRegistryAsTheEngineAnswersIt(int validationStatus) {
		ProblemCatalog catalog = new ProblemCatalog(examples(BASE, validationStatus, Map.of()), Map.of(), List::of);
		for (ProblemKind kind : ProblemKind.values()) {
			int status = (kind == ProblemKind.VALIDATION_FAILED) ? validationStatus : kind.status();
			assertThat(catalog.type(kind.slug())).as(kind.name())
				.isEqualTo(new ProblemTypeDescription(kind.slug(), BASE + kind.slug(), kind.title(), status, List.of(),
						kind.when(), kind.action()));
		}
		assertThat(catalog.types()).hasSize(ProblemKind.values().length);
	}

	@Test
	void listsTypesByStatusThenSlug() {
		assertThat(catalog(BASE, 422, Map.of()).types())
			.isSortedAccordingTo(Comparator.comparingInt(ProblemTypeDescription::status)
				.thenComparing(ProblemTypeDescription::slug));
	}

	@Test
	void describesDeclaredExceptionsWithTheirCodes() {
		ProblemCatalog catalog = catalog(BASE, 422, Map.of());
		ProblemTypeDescription declined = catalog.type("card-declined");
		assertThat(declined).isEqualTo(new ProblemTypeDescription("card-declined", BASE + "card-declined",
				"Card declined", 402, List.of("CARD_DECLINED"), "The service refuses the request for the reason its "
						+ "title gives.", "Read the detail, fix the request, then send it again."));
		assertThat(catalog.type(ConflictException.DUPLICATE_TYPE).codes()).containsExactly("SHIPMENT_TAKEN");
	}

	@Test
	void describesConfiguredMappingsWithTheirDetailAsWhenItHappens() {
		ProblemCatalog catalog = catalog(BASE, 422, Map.of(TimeoutException.class,
				new ConfiguredMapping(509, "quote-timeout", "Quote timed out", "The quote service was too slow.",
						"QUOTE_TIMEOUT", null, false)));
		assertThat(catalog.type("quote-timeout")).isEqualTo(new ProblemTypeDescription("quote-timeout",
				BASE + "quote-timeout", "Quote timed out", 509, List.of("QUOTE_TIMEOUT"),
				"The quote service was too slow.", ProblemKind.INTERNAL_ERROR.action()));
	}

	// The engine gives a problem the title of its status's kind whatever the validation status; so do the texts.
	@Test
	void describesAnExceptionAtAStatusOfAKindWithThatKindsTexts() {
		ProblemCatalog catalog = catalog(BASE, 400, Map.of(IllegalArgumentException.class,
				new ConfiguredMapping(422, "order-rejected", null, null, null, null, false)));
		ProblemTypeDescription rejected = catalog.type("order-rejected");
		assertThat(rejected.title()).isEqualTo(ProblemKind.VALIDATION_FAILED.title());
		assertThat(rejected.when()).isEqualTo(ProblemKind.VALIDATION_FAILED.when());
		assertThat(rejected.action()).isEqualTo(ProblemKind.VALIDATION_FAILED.action());
	}

	@Test
	void listsNothingWithoutATypeBaseUri() {
		assertThat(catalog(null, 422, Map.of()).types()).isEmpty();
	}

	@Test
	void leavesOutTypesOutsideTheBase() {
		ProblemCatalog catalog = catalog(BASE, 422, Map.of(TimeoutException.class,
				new ConfiguredMapping(504, "https://errors.example.org/timeout", null, null, null, null, false)));
		assertThat(catalog.types()).extracting(ProblemTypeDescription::type)
			.allMatch((type) -> type.startsWith(BASE.toString()));
	}

	@Test
	void asksForTheHandlerMethodsOnceOnFirstUse() {
		AtomicInteger asked = new AtomicInteger();
		ProblemCatalog catalog = new ProblemCatalog(examples(BASE, 422, Map.of()), Map.of(), () -> {
			asked.incrementAndGet();
			return List.of();
		});
		assertThat(asked).hasValue(0);
		catalog.types();
		catalog.type("not-found");
		assertThat(asked).hasValue(1);
	}

	@Test
	void unknownSlugHasNoDescription() {
		assertThat(catalog(BASE, 422, Map.of()).type("no-such-type")).isNull();
	}

	private static ProblemCatalog catalog(@Nullable URI base, int validationStatus,
			Map<Class<?>, ConfiguredMapping> mappings) {
		List<Method> handlerMethods = List.of(ShipmentController.class.getDeclaredMethods());
		return new ProblemCatalog(examples(base, validationStatus, mappings), mappings, () -> handlerMethods);
	}

	static ProblemExamples examples(@Nullable URI base, int validationStatus,
			Map<Class<?>, ConfiguredMapping> mappings) {
		ProblemMapper mapper = new ProblemMapper(MappingSettings.builder()
			.typeBaseUri(base)
			.validationStatus(validationStatus)
			.exceptionMappings(mappings)
			.build());
		return new ProblemExamples(mapper, new ProblemJsonWriter(JsonMapper.shared()));
	}

	static class ShipmentController {

		@ProblemResponse(TakenShipmentException.class)
		void ship() throws CardDeclinedException, GoneException {
		}

	}

	static class CardDeclinedException extends ProblemException {

		CardDeclinedException() {
			super(402, "card-declined", "Card declined", "The card was declined.");
			withCode("CARD_DECLINED");
		}

	}

	static class TakenShipmentException extends ConflictException {

		TakenShipmentException() {
			super(DUPLICATE_TYPE, DUPLICATE_TITLE, "This shipment number is taken.");
			withCode("SHIPMENT_TAKEN");
		}

	}

}

package io.github.problemdetails.internal.mapping;

import java.net.URI;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.github.problemdetails.internal.mapping.ProblemTexts.Localised;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemTextsTests {

	private static final MappingSettings SETTINGS = MappingSettings.builder()
		.typeBaseUri(URI.create("https://problems.example.com/"))
		.build();

	private static final String TITLE = "problemDetail.title.order-not-found";

	private final AtomicLong now = new AtomicLong();

	private final CountingMessageSource messages = new CountingMessageSource();

	private final ProblemTexts texts = new ProblemTexts(SETTINGS, this.messages, this.now::get);

	@Test
	void asksTheMessageSourceOncePerCodeAndLocaleWithinASecond() {
		this.messages.addMessage(TITLE, Locale.GERMAN, "Bestellung nicht gefunden");
		Localised first = this.texts.localised(TITLE, ProblemTexts.NO_ARGUMENTS, Locale.GERMAN);
		int asked = this.messages.asked.get();
		this.now.addAndGet(TimeUnit.MILLISECONDS.toNanos(999));
		Localised again = this.texts.localised(TITLE, ProblemTexts.NO_ARGUMENTS, Locale.GERMAN);
		assertThat(again).isEqualTo(first).isEqualTo(new Localised("Bestellung nicht gefunden", Locale.GERMAN));
		assertThat(this.messages.asked).hasValue(asked);
	}

	@Test
	void showsAChangedMessageAfterASecond() {
		assertThat(this.texts.localised(TITLE, ProblemTexts.NO_ARGUMENTS, Locale.GERMAN)).isNull();
		this.messages.addMessage(TITLE, Locale.GERMAN, "Bestellung nicht gefunden");
		assertThat(this.texts.hasMessage(TITLE, Locale.GERMAN)).isFalse();
		this.now.addAndGet(TimeUnit.SECONDS.toNanos(1));
		assertThat(this.texts.hasMessage(TITLE, Locale.GERMAN)).isTrue();
		assertThat(this.texts.localised(TITLE, ProblemTexts.NO_ARGUMENTS, Locale.GERMAN))
			.isEqualTo(new Localised("Bestellung nicht gefunden", Locale.GERMAN));
	}

	@Test
	void formatsTheArgumentsOfEveryFailureWithTheLanguageOfTheMessage() {
		this.messages.addMessage("problemDetail.order-not-found", Locale.ROOT, "No order {0}.");
		this.messages.addMessage("problemDetail.order-not-found", Locale.GERMAN, "Keine Bestellung {0}.");
		assertThat(this.texts.localised("problemDetail.order-not-found", new Object[] { 7 }, Locale.GERMAN))
			.isEqualTo(new Localised("Keine Bestellung 7.", Locale.GERMAN));
		assertThat(this.texts.localised("problemDetail.order-not-found", new Object[] { 8 }, Locale.GERMAN))
			.isEqualTo(new Localised("Keine Bestellung 8.", Locale.GERMAN));
		assertThat(this.texts.localised("problemDetail.order-not-found", new Object[] { 9 }, Locale.ROOT))
			.isEqualTo(new Localised("No order 9.", null));
		assertThat(this.texts.localised("problemDetail.order-not-found", new Object[] { 10 }, Locale.FRENCH)).isNull();
	}

	// Spring's own message source, whose messages the starter cuts where the arguments go instead of formatting them
	// anew for every failure: what it says is read again after a second, as the message as written is.
	@Test
	void putsTheArgumentsIntoTheMessageAsItWasReadWithinASecond() {
		StaticMessageSource source = new StaticMessageSource();
		ProblemTexts texts = new ProblemTexts(SETTINGS, source, this.now::get);
		source.addMessage("problemDetail.order-not-found", Locale.ROOT, "No {0} with id ''{1}''.");
		assertThat(texts.localised("problemDetail.order-not-found", new Object[] { "order", "7" }, Locale.ROOT))
			.isEqualTo(new Localised("No order with id '7'.", null));
		source.addMessage("problemDetail.order-not-found", Locale.ROOT, "There is no {0} {1}.");
		assertThat(texts.localised("problemDetail.order-not-found", new Object[] { "order", "8" }, Locale.ROOT))
			.isEqualTo(new Localised("No order with id '8'.", null));
		assertThat(texts.localised("problemDetail.order-not-found", new Object[] { "order", 1234 }, Locale.ROOT))
			.isEqualTo(new Localised("There is no order 1,234.", null));
		this.now.addAndGet(TimeUnit.SECONDS.toNanos(1));
		assertThat(texts.localised("problemDetail.order-not-found", new Object[] { "order", "9" }, Locale.ROOT))
			.isEqualTo(new Localised("There is no order 9.", null));
	}

	// Locales come from the client's Accept-Language: past the bound a lookup is answered, not remembered.
	@Test
	void remembersABoundedNumberOfLocales() {
		for (int i = 0; i < 2000; i++) {
			assertThat(this.texts.localised(TITLE, ProblemTexts.NO_ARGUMENTS, clientLocale(i))).isNull();
		}
		int asked = this.messages.asked.get();
		this.texts.localised(TITLE, ProblemTexts.NO_ARGUMENTS, clientLocale(1999));
		assertThat(this.messages.asked.get()).isGreaterThan(asked);
		asked = this.messages.asked.get();
		this.texts.localised(TITLE, ProblemTexts.NO_ARGUMENTS, clientLocale(0));
		assertThat(this.messages.asked).hasValue(asked);
	}

	// A distinct locale per number, as clients can send them: de-000 to de-999, then fr-000 to fr-999.
	private static Locale clientLocale(int number) {
		return Locale.forLanguageTag(((number < 1000) ? "de-" : "fr-") + String.format("%03d", number % 1000));
	}

	private static final class CountingMessageSource extends StaticMessageSource {

		private final AtomicInteger asked = new AtomicInteger();

		@Override
		protected @Nullable String resolveCodeWithoutArguments(String code, Locale locale) {
			this.asked.incrementAndGet();
			return super.resolveCodeWithoutArguments(code, locale);
		}

	}

}

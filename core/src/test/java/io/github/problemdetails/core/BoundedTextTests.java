package io.github.problemdetails.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BoundedTextTests {

	@Test
	void echoCutsLongValuesWithEllipsis() {
		assertThat(BoundedText.echo("a".repeat(64))).isEqualTo("a".repeat(64));
		assertThat(BoundedText.echo("a".repeat(65))).isEqualTo("a".repeat(64) + "\u2026");
		assertThat(BoundedText.echo(42)).isEqualTo("42");
		assertThat(BoundedText.echo(null)).isEqualTo("null");
	}

	@Test
	void cutNeverSplitsASurrogatePair() {
		String emoji = "\uD83D\uDE00";
		assertThat(BoundedText.cut("a".repeat(63) + emoji + "b", 64)).isEqualTo("a".repeat(63) + "\u2026");
		assertThat(BoundedText.cut("a".repeat(62) + emoji + "b", 64)).isEqualTo("a".repeat(62) + emoji + "\u2026");
	}

	@Test
	void cutKeepsShortTextAsItIs() {
		String text = "short";
		assertThat(BoundedText.cut(text, 5)).isSameAs(text);
	}

	@Test
	void cutRejectsANonPositiveLength() {
		assertThatIllegalArgumentException().isThrownBy(() -> BoundedText.cut("text", 0))
			.withMessage("'maxLength' must be positive");
	}

}

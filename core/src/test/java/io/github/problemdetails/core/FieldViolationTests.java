package io.github.problemdetails.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class FieldViolationTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', emptyValue = "", textBlock = """
			''                      | ''
			name                    | /name
			a.b                     | /a/b
			address.city            | /address/city
			items[0].quantity       | /items/0/quantity
			attributes[color]       | /attributes/color
			matrix[1][2]            | /matrix/1/2
			items[3]                | /items/3
			[0].name                | /0/name
			orders[12].lines[0].sku | /orders/12/lines/0/sku
			a[x.y].b                | /a/x.y/b
			a[0]b                   | /a/0/b
			a[]                     | /a/
			a[b                     | /a/b
			a]b                     | /a]b
			a..b                    | /a/b
			.a                      | /a
			a.                      | /a
			[                       | /
			.                       | ''
			""")
	void pointerOfConvertsPropertyPathToJsonPointer(String fieldPath, String pointer) {
		assertThat(FieldViolation.pointerOf(fieldPath)).isEqualTo(pointer);
	}

	@Test
	void pointerOfEscapesTildeAndSlashPerRfc6901() {
		assertThat(FieldViolation.pointerOf("a~b")).isEqualTo("/a~0b");
		assertThat(FieldViolation.pointerOf("a/b")).isEqualTo("/a~1b");
		assertThat(FieldViolation.pointerOf("links[http://x/~y]")).isEqualTo("/links/http:~1~1x~1~0y");
		// "~1" in the input must become "~01", not be read back as "/".
		assertThat(FieldViolation.pointerOf("a~1")).isEqualTo("/a~01");
	}

	@Test
	void pointerOfKeepsBracketedKeysWhole() {
		assertThat(FieldViolation.pointerOf("attributes[a.b]")).isEqualTo("/attributes/a.b");
		assertThat(FieldViolation.pointerOf("attributes[a[b]")).isEqualTo("/attributes/a[b");
	}

	@Test
	void pointerOfRejectsNull() {
		assertThatNullPointerException().isThrownBy(() -> FieldViolation.pointerOf(null))
			.withMessage("'fieldPath' must not be null");
	}

	@Test
	void ofFieldDerivesPointerAndKeepsPath() {
		FieldViolation violation = FieldViolation.ofField("items[0].quantity", "must be greater than 0", "Positive");
		assertThat(violation.pointer()).isEqualTo("/items/0/quantity");
		assertThat(violation.parameter()).isNull();
		assertThat(violation.field()).isEqualTo("items[0].quantity");
		assertThat(violation.message()).isEqualTo("must be greater than 0");
		assertThat(violation.code()).isEqualTo("Positive");
	}

	@Test
	void ofFieldWithEmptyPathPointsAtWholeDocumentWithoutField() {
		FieldViolation violation = FieldViolation.ofField("", "passwords do not match", null);
		assertThat(violation.pointer()).isEmpty();
		assertThat(violation.field()).isNull();
		assertThat(violation.code()).isNull();
	}

	@Test
	void ofPointerKeepsGivenValues() {
		FieldViolation violation = FieldViolation.ofPointer("/items/0", null, "must not be null", "NotNull");
		assertThat(violation).isEqualTo(new FieldViolation("/items/0", null, null, "must not be null", "NotNull"));
	}

	@Test
	void ofParameterUsesNameAsFieldAndHasNoPointer() {
		FieldViolation violation = FieldViolation.ofParameter("page", "must be at least 1", "Min");
		assertThat(violation.pointer()).isNull();
		assertThat(violation.parameter()).isEqualTo("page");
		assertThat(violation.field()).isEqualTo("page");
		assertThat(violation.message()).isEqualTo("must be at least 1");
		assertThat(violation.code()).isEqualTo("Min");
	}

	@Test
	void exactlyOneOfPointerAndParameterIsRequired() {
		assertThatIllegalArgumentException().isThrownBy(() -> new FieldViolation(null, null, "f", "m", null))
			.withMessage("Exactly one of 'pointer' and 'parameter' must be set");
		assertThatIllegalArgumentException().isThrownBy(() -> new FieldViolation("/f", "f", "f", "m", null))
			.withMessage("Exactly one of 'pointer' and 'parameter' must be set");
	}

	@Test
	void messageIsRequired() {
		assertThatNullPointerException().isThrownBy(() -> FieldViolation.ofField("a", null, null))
			.withMessage("'message' must not be null");
		assertThatNullPointerException().isThrownBy(() -> FieldViolation.ofParameter("a", null, null))
			.withMessage("'message' must not be null");
	}

	@Test
	void factoriesRejectNullLocation() {
		assertThatNullPointerException().isThrownBy(() -> FieldViolation.ofField(null, "m", null))
			.withMessage("'fieldPath' must not be null");
		assertThatNullPointerException().isThrownBy(() -> FieldViolation.ofPointer(null, "f", "m", null))
			.withMessage("'pointer' must not be null");
		assertThatNullPointerException().isThrownBy(() -> FieldViolation.ofParameter(null, "m", null))
			.withMessage("'parameter' must not be null");
	}

	@Test
	void showsNoRejectedValueUnlessAsked() {
		FieldViolation violation = FieldViolation.ofField("quantity", "must be greater than 0", "Positive");
		assertThat(violation.rejectedValue()).isNull();
		FieldViolation shown = violation.withRejectedValue(0);
		assertThat(shown.rejectedValue()).isEqualTo(0);
		assertThat(shown.pointer()).isEqualTo("/quantity");
		assertThat(shown).isNotEqualTo(violation);
	}

}

package io.github.problemdetails.core.exception;

import java.util.ArrayList;
import java.util.List;

import io.github.problemdetails.core.FieldViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class ValidationExceptionTests {

	private static final FieldViolation QUANTITY = FieldViolation.ofField("items[0].quantity",
			"must be greater than 0", "Positive");

	private static final FieldViolation PAGE = FieldViolation.ofParameter("page", "must be at least 1", "Min");

	@Test
	void answers422WithValidationFailedType() {
		ValidationException exception = new ValidationException(List.of(QUANTITY));
		assertThat(exception.getStatus()).isEqualTo(422);
		assertThat(exception.getType()).isEqualTo("validation-failed").isEqualTo(ValidationException.TYPE);
		assertThat(exception.getTitle()).isEqualTo("Validation failed").isEqualTo(ValidationException.TITLE);
		assertThat(exception.getViolations()).containsExactly(QUANTITY);
		assertThat(exception.getHeaders()).isEmpty();
		assertThat(exception.getExtensions()).isEmpty();
		assertThat(exception.getStackTrace()).isEmpty();
	}

	@Test
	void detailCountsViolations() {
		assertThat(new ValidationException(List.of(QUANTITY)).getDetail()).isEqualTo("1 value is invalid.");
		assertThat(new ValidationException(List.of(QUANTITY, PAGE)).getDetail()).isEqualTo("2 values are invalid.");
	}

	@Test
	void keepsGivenDetail() {
		ValidationException exception = new ValidationException("The order is incomplete.", List.of(QUANTITY, PAGE));
		assertThat(exception.getDetail()).isEqualTo("The order is incomplete.");
		assertThat(exception.getViolations()).containsExactly(QUANTITY, PAGE);
	}

	@Test
	void keepsCause() {
		IllegalStateException cause = new IllegalStateException("schema check");
		ValidationException exception = new ValidationException("The order is incomplete.", List.of(PAGE), cause);
		assertThat(exception.getCause()).isSameAs(cause);
		assertThat(exception.getViolations()).containsExactly(PAGE);
		assertThat(exception.getStackTrace()).isEmpty();
	}

	@Test
	void ofCreatesOneBodyFieldViolation() {
		ValidationException exception = ValidationException.of("address.city", "must not be blank", "NotBlank");
		assertThat(exception.getViolations()).containsExactly(
				new FieldViolation("/address/city", null, "address.city", "must not be blank", "NotBlank"));
		assertThat(exception.getDetail()).isEqualTo("1 value is invalid.");
	}

	@Test
	void violationsAreCopiedAndUnmodifiable() {
		List<FieldViolation> source = new ArrayList<>(List.of(QUANTITY));
		ValidationException exception = new ValidationException(source);
		source.add(PAGE);
		assertThat(exception.getViolations()).containsExactly(QUANTITY);
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> exception.getViolations().add(PAGE));
	}

	@Test
	void rejectsMissingOrEmptyViolations() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ValidationException(List.of()))
			.withMessage("'violations' must not be empty");
		assertThatIllegalArgumentException().isThrownBy(() -> new ValidationException("d", List.of()))
			.withMessage("'violations' must not be empty");
		assertThatNullPointerException().isThrownBy(() -> new ValidationException(null))
			.withMessage("'violations' must not be null");
		List<FieldViolation> withNull = new ArrayList<>();
		withNull.add(null);
		assertThatNullPointerException().isThrownBy(() -> new ValidationException("d", withNull));
	}

}

package io.github.problemdetails.core.exception;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class ConflictExceptionTests {

	@Test
	void answers409WithConflictType() {
		ConflictException exception = new ConflictException("The order was changed by someone else.");
		assertThat(exception.getStatus()).isEqualTo(409);
		assertThat(exception.getType()).isEqualTo("conflict").isEqualTo(ConflictException.TYPE);
		assertThat(exception.getTitle()).isEqualTo("Conflict").isEqualTo(ConflictException.TITLE);
		assertThat(exception.getDetail()).isEqualTo("The order was changed by someone else.");
		assertThat(exception.getHeaders()).isEmpty();
		assertThat(exception.getStackTrace()).isEmpty();
	}

	@Test
	void duplicateAnswers409WithDuplicateType() {
		ProblemException exception = ConflictException.duplicate("user", "email").withCode("USER_EMAIL_TAKEN");
		assertThat(exception).isInstanceOf(ConflictException.class);
		assertThat(exception.getStatus()).isEqualTo(409);
		assertThat(exception.getType()).isEqualTo("duplicate").isEqualTo(ConflictException.DUPLICATE_TYPE);
		assertThat(exception.getTitle()).isEqualTo("Duplicate value").isEqualTo(ConflictException.DUPLICATE_TITLE);
		assertThat(exception.getDetail()).isEqualTo("A user with this email already exists.");
		assertThat(exception.getCode()).isEqualTo("USER_EMAIL_TAKEN");
	}

	@Test
	void duplicateRejectsNulls() {
		assertThatNullPointerException().isThrownBy(() -> ConflictException.duplicate(null, "email"))
			.withMessage("'resource' must not be null");
		assertThatNullPointerException().isThrownBy(() -> ConflictException.duplicate("user", null))
			.withMessage("'field' must not be null");
	}

}

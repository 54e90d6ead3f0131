package io.github.problemdetails.core.exception;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PreconditionRequiredExceptionTests {

	@Test
	void answers428WithPreconditionRequiredType() {
		PreconditionRequiredException exception = new PreconditionRequiredException("Send If-Match with the ETag.");
		assertThat(exception.getStatus()).isEqualTo(428);
		assertThat(exception.getType()).isEqualTo("precondition-required")
			.isEqualTo(PreconditionRequiredException.TYPE);
		assertThat(exception.getTitle()).isEqualTo("Precondition required")
			.isEqualTo(PreconditionRequiredException.TITLE);
		assertThat(exception.getDetail()).isEqualTo("Send If-Match with the ETag.");
		assertThat(exception.getStackTrace()).isEmpty();
	}

}

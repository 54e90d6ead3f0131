package io.github.problemdetails.core.exception;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PreconditionFailedExceptionTests {

	@Test
	void answers412WithPreconditionFailedType() {
		PreconditionFailedException exception = new PreconditionFailedException("The ETag does not match.");
		assertThat(exception.getStatus()).isEqualTo(412);
		assertThat(exception.getType()).isEqualTo("precondition-failed")
			.isEqualTo(PreconditionFailedException.TYPE);
		assertThat(exception.getTitle()).isEqualTo("Precondition failed").isEqualTo(PreconditionFailedException.TITLE);
		assertThat(exception.getDetail()).isEqualTo("The ETag does not match.");
		assertThat(exception.getHeaders()).isEmpty();
		assertThat(exception.getStackTrace()).isEmpty();
	}

}

package io.github.problemdetails.core.exception;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ForbiddenExceptionTests {

	@Test
	void answers403WithForbiddenType() {
		ForbiddenException exception = new ForbiddenException("Only the owner may cancel this order.");
		assertThat(exception.getStatus()).isEqualTo(403);
		assertThat(exception.getType()).isEqualTo("forbidden").isEqualTo(ForbiddenException.TYPE);
		assertThat(exception.getTitle()).isEqualTo("Access denied").isEqualTo(ForbiddenException.TITLE);
		assertThat(exception.getDetail()).isEqualTo("Only the owner may cancel this order.");
		assertThat(exception.getHeaders()).isEmpty();
		assertThat(exception.getStackTrace()).isEmpty();
	}

	@Test
	void allowsMissingDetail() {
		ForbiddenException exception = new ForbiddenException(null);
		assertThat(exception.getDetail()).isNull();
		assertThat(exception).hasMessage("Access denied");
	}

}

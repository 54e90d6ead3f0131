package io.github.problemdetails.core.exception;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class GoneExceptionTests {

	@Test
	void answers410WithGivenDetail() {
		GoneException exception = new GoneException("Version 1 of this API was removed.");
		assertThat(exception.getStatus()).isEqualTo(410);
		assertThat(exception.getType()).isEqualTo("gone").isEqualTo(GoneException.TYPE);
		assertThat(exception.getTitle()).isEqualTo("Resource gone").isEqualTo(GoneException.TITLE);
		assertThat(exception.getDetail()).isEqualTo("Version 1 of this API was removed.");
		assertThat(exception.getResource()).isNull();
		assertThat(exception.getResourceId()).isNull();
		assertThat(exception.getHeaders()).isEmpty();
		assertThat(exception.getStackTrace()).isEmpty();
	}

	@Test
	void describesRemovedResourceById() {
		GoneException exception = new GoneException("order", "A-17");
		assertThat(exception.getDetail()).isEqualTo("The order with id 'A-17' no longer exists.");
		assertThat(exception.getResource()).isEqualTo("order");
		assertThat(exception.getResourceId()).isEqualTo("A-17");
	}

	@Test
	void boundsLongIdsInDetail() {
		GoneException exception = new GoneException("order", "z".repeat(65));
		assertThat(exception.getDetail())
			.isEqualTo("The order with id '" + "z".repeat(64) + "\u2026' no longer exists.");
	}

	@Test
	void rejectsNullResourceOrId() {
		assertThatNullPointerException().isThrownBy(() -> new GoneException(null, 1))
			.withMessage("'resource' must not be null");
		assertThatNullPointerException().isThrownBy(() -> new GoneException("order", (Object) null))
			.withMessage("'id' must not be null");
	}

}

package io.github.problemdetails.core.exception;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PayloadTooLargeExceptionTests {

	@Test
	void answers413WithPayloadTooLargeType() {
		PayloadTooLargeException exception = new PayloadTooLargeException("The upload is too large.");
		assertThat(exception.getStatus()).isEqualTo(413);
		assertThat(exception.getType()).isEqualTo("payload-too-large").isEqualTo(PayloadTooLargeException.TYPE);
		assertThat(exception.getTitle()).isEqualTo("Payload too large").isEqualTo(PayloadTooLargeException.TITLE);
		assertThat(exception.getDetail()).isEqualTo("The upload is too large.");
		assertThat(exception.getExtensions()).isEmpty();
		assertThat(exception.getMaxBytes()).isNull();
		assertThat(exception.getHeaders()).isEmpty();
		assertThat(exception.getStackTrace()).isEmpty();
	}

	@Test
	void addsMaxBytesExtension() {
		PayloadTooLargeException exception = new PayloadTooLargeException("The upload is too large.", 1_048_576);
		assertThat(exception.getExtensions()).containsExactly(Map.entry("maxBytes", 1_048_576L));
		assertThat(exception.getMaxBytes()).isEqualTo(1_048_576L);
	}

	@Test
	void rejectsNegativeMaxBytes() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PayloadTooLargeException("d", -1))
			.withMessage("'maxBytes' must not be negative");
	}

}

package io.github.problemdetails.core.exception;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BadGatewayExceptionTests {

	@Test
	void answers502WithLogOnlyMessageAndKeepsStackTrace() {
		BadGatewayException exception = new BadGatewayException("Inventory answered 500.");
		assertThat(exception.getStatus()).isEqualTo(502);
		assertThat(exception.getType()).isEqualTo("bad-gateway").isEqualTo(BadGatewayException.TYPE);
		assertThat(exception.getTitle()).isEqualTo("Bad gateway").isEqualTo(BadGatewayException.TITLE);
		assertThat(exception.getDetail()).isNull();
		assertThat(exception).hasMessage("Inventory answered 500.");
		assertThat(exception.getCause()).isNull();
		assertThat(exception.getHeaders()).isEmpty();
		assertThat(exception.getStackTrace()).isNotEmpty();
	}

	@Test
	void keepsCause() {
		IOException cause = new IOException("unexpected end of stream");
		BadGatewayException exception = new BadGatewayException("Inventory sent a truncated body.", cause);
		assertThat(exception.getCause()).isSameAs(cause);
		assertThat(exception).hasMessage("Inventory sent a truncated body.");
	}

}

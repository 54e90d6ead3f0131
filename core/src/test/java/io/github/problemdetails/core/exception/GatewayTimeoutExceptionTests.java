package io.github.problemdetails.core.exception;

import java.net.http.HttpTimeoutException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GatewayTimeoutExceptionTests {

	@Test
	void answers504WithLogOnlyMessageAndKeepsStackTrace() {
		GatewayTimeoutException exception = new GatewayTimeoutException("Inventory did not answer in 2s.");
		assertThat(exception.getStatus()).isEqualTo(504);
		assertThat(exception.getType()).isEqualTo("gateway-timeout").isEqualTo(GatewayTimeoutException.TYPE);
		assertThat(exception.getTitle()).isEqualTo("Gateway timeout").isEqualTo(GatewayTimeoutException.TITLE);
		assertThat(exception.getDetail()).isNull();
		assertThat(exception).hasMessage("Inventory did not answer in 2s.");
		assertThat(exception.getHeaders()).isEmpty();
		assertThat(exception.getStackTrace()).isNotEmpty();
	}

	@Test
	void keepsCause() {
		HttpTimeoutException cause = new HttpTimeoutException("request timed out");
		assertThat(new GatewayTimeoutException("Inventory timed out.", cause).getCause()).isSameAs(cause);
	}

}

package io.github.problemdetails.core.exception;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NotImplementedExceptionTests {

	@Test
	void answers501WithLogOnlyMessageAndKeepsStackTrace() {
		NotImplementedException exception = new NotImplementedException("Export to PDF is not built yet.");
		assertThat(exception.getStatus()).isEqualTo(501);
		assertThat(exception.getType()).isEqualTo("not-implemented").isEqualTo(NotImplementedException.TYPE);
		assertThat(exception.getTitle()).isEqualTo("Not implemented").isEqualTo(NotImplementedException.TITLE);
		assertThat(exception.getDetail()).isNull();
		assertThat(exception).hasMessage("Export to PDF is not built yet.");
		assertThat(exception.getHeaders()).isEmpty();
		assertThat(exception.getStackTrace()).isNotEmpty();
	}

}

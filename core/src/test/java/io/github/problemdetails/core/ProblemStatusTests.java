package io.github.problemdetails.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemStatusTests {

	@Test
	void statusCodesRangeFrom100To599() {
		assertThat(ProblemStatus.isValid(99)).isFalse();
		assertThat(ProblemStatus.isValid(100)).isTrue();
		assertThat(ProblemStatus.isValid(599)).isTrue();
		assertThat(ProblemStatus.isValid(600)).isFalse();
	}

	@Test
	void errorsAreClientAndServerErrors() {
		assertThat(ProblemStatus.isError(399)).isFalse();
		assertThat(ProblemStatus.isError(400)).isTrue();
		assertThat(ProblemStatus.isClientError(499)).isTrue();
		assertThat(ProblemStatus.isClientError(500)).isFalse();
		assertThat(ProblemStatus.isServerError(500)).isTrue();
		assertThat(ProblemStatus.isServerError(599)).isTrue();
		assertThat(ProblemStatus.isError(600)).isFalse();
	}

}

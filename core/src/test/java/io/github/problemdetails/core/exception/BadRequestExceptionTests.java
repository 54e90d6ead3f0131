package io.github.problemdetails.core.exception;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BadRequestExceptionTests {

	@Test
	void answers400WithBadRequestType() {
		BadRequestException exception = new BadRequestException("The 'from' date is after the 'to' date.");
		assertThat(exception.getStatus()).isEqualTo(400);
		assertThat(exception.getType()).isEqualTo("bad-request").isEqualTo(BadRequestException.TYPE);
		assertThat(exception.getTitle()).isEqualTo("Bad request").isEqualTo(BadRequestException.TITLE);
		assertThat(exception.getDetail()).isEqualTo("The 'from' date is after the 'to' date.");
		assertThat(exception.getHeaders()).isEmpty();
		assertThat(exception.getStackTrace()).isEmpty();
	}

	@Test
	void subclassCanUseItsOwnType() {
		class DateRangeException extends BadRequestException {

			DateRangeException() {
				super("invalid-date-range", "Invalid date range", null);
			}

		}
		DateRangeException exception = new DateRangeException();
		assertThat(exception.getStatus()).isEqualTo(400);
		assertThat(exception.getType()).isEqualTo("invalid-date-range");
		assertThat(exception).hasMessage("Invalid date range");
	}

}

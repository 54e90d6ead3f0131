package io.github.problemdetails.core.exception;

import java.util.Map;

import io.github.problemdetails.core.ProblemMembers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProblemExceptionTests {

	@Test
	void carriesStatusTypeTitleAndDetail() {
		ProblemException exception = new ProblemException(402, "payment-required", "Payment required",
				"Your plan is exhausted.");
		assertThat(exception.getStatus()).isEqualTo(402);
		assertThat(exception.getType()).isEqualTo("payment-required");
		assertThat(exception.getTitle()).isEqualTo("Payment required");
		assertThat(exception.getDetail()).isEqualTo("Your plan is exhausted.");
		assertThat(exception.getCode()).isNull();
		assertThat(exception.getExtensions()).isEmpty();
		assertThat(exception.getHeaders()).isEmpty();
		assertThat(exception.getCause()).isNull();
	}

	@Test
	void acceptsAbsoluteUriAsType() {
		ProblemException exception = new ProblemException(402, "https://errors.example.com/card-declined",
				"Card declined", null);
		assertThat(exception.getType()).isEqualTo("https://errors.example.com/card-declined");
	}

	@Test
	void keepsCause() {
		IllegalStateException cause = new IllegalStateException("boom");
		assertThat(new ProblemException(500, "internal", "Internal error", null, cause).getCause()).isSameAs(cause);
	}

	@Test
	void messageIsDetailOrElseTitle() {
		assertThat(new ProblemException(400, "bad-request", "Bad request", "Missing body."))
			.hasMessage("Missing body.");
		assertThat(new ProblemException(400, "bad-request", "Bad request", null)).hasMessage("Bad request");
	}

	@Test
	void serverErrorKeepsItsTextForTheLogsAndHasNoDetail() {
		ProblemException exception = new ProblemException(503, "x", "X", "Pool 'orders-db' exhausted.");
		assertThat(exception).hasMessage("Pool 'orders-db' exhausted.");
		assertThat(exception.getDetail()).isNull();
		assertThat(new ProblemException(500, "x", "X", null)).hasMessage("X");
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 200, 302, 399, 600 })
	void statusOutsideErrorRangeIsRejected(int status) {
		assertThatIllegalArgumentException().isThrownBy(() -> new ProblemException(status, "x", "X", null))
			.withMessage("'status' must be between 400 and 599");
	}

	@Test
	void typeAndTitleAreRequired() {
		assertThatNullPointerException().isThrownBy(() -> new ProblemException(400, null, "X", null))
			.withMessage("'type' must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> new ProblemException(400, " ", "X", null))
			.withMessage("'type' must not be blank");
		assertThatNullPointerException().isThrownBy(() -> new ProblemException(400, "x", null, null))
			.withMessage("'title' must not be null");
	}

	@Test
	void clientErrorHasNoStackTrace() {
		assertThat(new ProblemException(400, "x", "X", null).getStackTrace()).isEmpty();
		assertThat(new ProblemException(499, "x", "X", null).getStackTrace()).isEmpty();
	}

	@Test
	void serverErrorKeepsStackTrace() {
		assertThat(new ProblemException(500, "x", "X", null).getStackTrace()).isNotEmpty();
		assertThat(new ProblemException(599, "x", "X", null).getStackTrace()).isNotEmpty();
	}

	@Test
	void systemPropertyMakesClientErrorsCaptureStackTrace() {
		assertThat(ProblemException.STACK_TRACE_PROPERTY).isEqualTo("problemdetails.stacktraces");
		String previous = System.getProperty(ProblemException.STACK_TRACE_PROPERTY);
		try {
			System.setProperty(ProblemException.STACK_TRACE_PROPERTY, "true");
			assertThat(new ProblemException(404, "x", "X", null).getStackTrace()).isNotEmpty();
			System.setProperty(ProblemException.STACK_TRACE_PROPERTY, "false");
			assertThat(new ProblemException(404, "x", "X", null).getStackTrace()).isEmpty();
		}
		finally {
			if (previous != null) {
				System.setProperty(ProblemException.STACK_TRACE_PROPERTY, previous);
			}
			else {
				System.clearProperty(ProblemException.STACK_TRACE_PROPERTY);
			}
		}
		assertThat(new ProblemException(404, "x", "X", null).getStackTrace()).isEmpty();
	}

	@Test
	void withCodeSetsUpperSnakeCode() {
		ProblemException exception = new ProblemException(409, "x", "X", null);
		assertThat(exception.withCode("USER_EMAIL_TAKEN")).isSameAs(exception);
		assertThat(exception.getCode()).isEqualTo("USER_EMAIL_TAKEN");
		assertThat(exception.withCode("E2").getCode()).isEqualTo("E2");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "user_email_taken", "UserEmailTaken", "_TAKEN", "2FA_REQUIRED", "USER-EMAIL",
			"USER EMAIL", "ÄRGER" })
	void withCodeRejectsCodesThatAreNotUpperSnakeCase(String code) {
		ProblemException exception = new ProblemException(409, "x", "X", null);
		assertThatIllegalArgumentException().isThrownBy(() -> exception.withCode(code))
			.withMessage("'code' must be UPPER_SNAKE_CASE: " + code);
		assertThat(exception.getCode()).isNull();
	}

	@Test
	void withCodeRejectsNull() {
		assertThatNullPointerException().isThrownBy(() -> new ProblemException(409, "x", "X", null).withCode(null))
			.withMessage("'code' must not be null");
	}

	@Test
	void withExtensionAddsMembersInInsertionOrder() {
		ProblemException exception = new ProblemException(409, "x", "X", null);
		assertThat(exception.withExtension("zeta", 1).withExtension("alpha", "two")).isSameAs(exception);
		assertThat(exception.getExtensions()).containsExactly(Map.entry("zeta", 1), Map.entry("alpha", "two"));
	}

	@Test
	void withExtensionRejectsStandardAndReservedMembers() {
		ProblemException exception = new ProblemException(409, "x", "X", null);
		for (String member : ProblemMembers.STANDARD) {
			assertThatIllegalArgumentException().isThrownBy(() -> exception.withExtension(member, "v"))
				.withMessage("'name' must not be a standard member: " + member);
		}
		assertThat(ProblemMembers.WRITTEN_BY_STARTER).containsExactlyInAnyOrder("traceId", "code", "errors",
				"errorCount", "timestamp");
		for (String member : ProblemMembers.WRITTEN_BY_STARTER) {
			assertThatIllegalArgumentException().isThrownBy(() -> exception.withExtension(member, "v"))
				.withMessage("'name' must not be a member reserved for the starter: " + member);
		}
		assertThat(exception.getExtensions()).isEmpty();
	}

	@Test
	void withExtensionRejectsNulls() {
		ProblemException exception = new ProblemException(409, "x", "X", null);
		assertThatNullPointerException().isThrownBy(() -> exception.withExtension(null, 1))
			.withMessage("'name' must not be null");
		assertThatNullPointerException().isThrownBy(() -> exception.withExtension("a", null))
			.withMessage("'value' must not be null");
	}

	@Test
	void withHeaderAddsHeadersInInsertionOrder() {
		ProblemException exception = new ProblemException(409, "x", "X", null);
		assertThat(exception.withHeader("X-B", "2").withHeader("X-A", "1")).isSameAs(exception);
		assertThat(exception.getHeaders()).containsExactly(Map.entry("X-B", "2"), Map.entry("X-A", "1"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "a\r\nSet-Cookie: x=y", "a\nb", "a\rb", "\n" })
	void withHeaderRejectsLineBreaks(String injected) {
		ProblemException exception = new ProblemException(409, "x", "X", null);
		assertThatIllegalArgumentException().isThrownBy(() -> exception.withHeader("X-Test", injected))
			.withMessage("'value' must not contain CR or LF");
		assertThatIllegalArgumentException().isThrownBy(() -> exception.withHeader(injected, "v"))
			.withMessage("'name' must not contain CR or LF");
		assertThat(exception.getHeaders()).isEmpty();
	}

	@Test
	void withHeaderRejectsNulls() {
		ProblemException exception = new ProblemException(409, "x", "X", null);
		assertThatNullPointerException().isThrownBy(() -> exception.withHeader(null, "v"))
			.withMessage("'name' must not be null");
		assertThatNullPointerException().isThrownBy(() -> exception.withHeader("X-Test", null))
			.withMessage("'value' must not be null");
	}

	@Test
	void extensionsAndHeadersAreUnmodifiableViews() {
		ProblemException exception = new ProblemException(409, "x", "X", null);
		Map<String, Object> extensions = exception.getExtensions();
		Map<String, String> headers = exception.getHeaders();
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> extensions.put("a", 1));
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> headers.put("a", "1"));
		exception.withExtension("a", 1).withHeader("X-A", "1");
		assertThat(extensions).containsOnlyKeys("a");
		assertThat(headers).containsOnlyKeys("X-A");
	}

	@Test
	void domainSubclassesKeepTheirStatusAndMutators() {
		class PaymentRequiredException extends ProblemException {

			PaymentRequiredException() {
				super(402, "payment-required", "Payment required", null);
			}

		}
		ProblemException exception = new PaymentRequiredException().withCode("PLAN_EXHAUSTED");
		assertThat(exception).isInstanceOf(PaymentRequiredException.class);
		assertThat(exception.getStatus()).isEqualTo(402);
		assertThat(exception.getCode()).isEqualTo("PLAN_EXHAUSTED");
	}

	@Test
	void carriesDetailArgumentsForLocalisedMessages() {
		ProblemException exception = new ProblemException(402, "card-declined", "Card declined", null)
			.withDetailArguments("visa", 4242);
		assertThat(exception.getDetailArguments()).containsExactly("visa", 4242);
		assertThatThrownBy(() -> exception.getDetailArguments().add("x"))
			.isInstanceOf(UnsupportedOperationException.class);
	}

}

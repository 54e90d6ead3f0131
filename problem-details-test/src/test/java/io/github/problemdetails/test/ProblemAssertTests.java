package io.github.problemdetails.test;

import io.github.problemdetails.core.FieldViolation;
import org.junit.jupiter.api.Test;

import static io.github.problemdetails.test.ProblemAssertions.assertThatProblem;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link ProblemAssert} on raw JSON: each assertion passes on a matching problem and
 * fails with a message that shows the whole problem.
 */
class ProblemAssertTests {

	private static final String VALIDATION = """
			{"type":"https://errors.example.com/validation-failed","title":"Validation failed","status":422,
			 "detail":"The request has 1 invalid value.","instance":"/users","traceId":"4bf92f3577b34da6a3ce929d0e0e4736",
			 "code":"USER_EMAIL_TAKEN","service":"users",
			 "errors":[{"pointer":"/email","field":"email","message":"must be a well-formed email address","code":"Email"},
			           {"parameter":"limit","field":"limit","message":"must be less than or equal to 100","code":"Max"}]}
			""";

	@Test
	void passesOnAMatchingProblem() {
		assertThatProblem(VALIDATION).isProblem()
			.hasStatus(422)
			.hasType("validation-failed")
			.hasType("https://errors.example.com/validation-failed")
			.hasTitle("Validation failed")
			.hasDetail()
			.hasDetail("The request has 1 invalid value.")
			.hasDetailContaining("1 invalid")
			.hasInstance("/users")
			.hasCode("USER_EMAIL_TAKEN")
			.hasFieldError("/email", "must be a well-formed email address")
			.hasFieldError("email", "must be a well-formed email address")
			.hasFieldError("limit", "must be less than or equal to 100")
			.hasFieldErrorCount(2)
			.hasFieldErrors(FieldViolation.ofField("email", "must be a well-formed email address", "Email"),
					FieldViolation.ofParameter("limit", "must be less than or equal to 100", "Max"))
			.hasMember("service", "users")
			.hasMember("status", 422)
			.doesNotHaveMember("timestamp")
			.hasTraceId()
			.hasTraceId("4bf92f3577b34da6a3ce929d0e0e4736")
			.hasW3cTraceId();
	}

	@Test
	void wrongStatusFailsShowingTheWholeProblem() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThatProblem(VALIDATION).isProblem().hasStatus(400))
			.withMessageContaining("Expecting problem to have status 400 but was 422")
			.withMessageContaining("\"title\" : \"Validation failed\"")
			.withMessageContaining("\"pointer\" : \"/email\"");
	}

	@Test
	void wrongTypeFails() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThatProblem(VALIDATION).isProblem().hasType("failed"))
			.withMessageContaining("to have type \"failed\" but was \"https://errors.example.com/validation-failed\"");
	}

	@Test
	void missingFieldErrorFailsListingTheViolations() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThatProblem(VALIDATION).isProblem().hasFieldError("/email", "must not be blank"))
			.withMessageContaining("to have a violation at \"/email\" with message \"must not be blank\"")
			.withMessageContaining("\"message\":\"must be a well-formed email address\"");
	}

	@Test
	void wrongCodeFails() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThatProblem(VALIDATION).isProblem().hasCode("OTHER"))
			.withMessageContaining("to have \"code\" \"OTHER\" but was \"USER_EMAIL_TAKEN\"");
	}

	@Test
	void missingTraceIdFails() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThatProblem("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404}")
				.isProblem()
				.hasTraceId())
			.withMessageContaining("to have a trace ID in \"traceId\"");
	}

	@Test
	void blankOrMissingDetailFails() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThatProblem(VALIDATION.replace("The request has 1 invalid value.", " "))
				.isProblem()
				.hasDetail())
			.withMessageContaining("to have a detail but was \" \"");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThatProblem("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404}")
				.isProblem()
				.hasDetail())
			.withMessageContaining("to have a detail but was absent");
	}

	@Test
	void violationsMustMatchEveryMemberInOrder() {
		FieldViolation email = FieldViolation.ofField("email", "must be a well-formed email address", "Email");
		FieldViolation limit = FieldViolation.ofParameter("limit", "must be less than or equal to 100", "Max");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThatProblem(VALIDATION).isProblem().hasFieldErrors(limit, email))
			.withMessageContaining("to have the violations {\"parameter\":\"limit\"");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThatProblem(VALIDATION).isProblem().hasFieldErrors(email))
			.withMessageContaining("but \"errors\" was [{\"pointer\":\"/email\"");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThatProblem(VALIDATION).isProblem()
				.hasFieldErrors(email.withRejectedValue("ada@"), limit))
			.withMessageContaining("\"rejectedValue\":\"ada@\"");
		FieldViolation withoutCode = FieldViolation.ofField("email", "must be a well-formed email address", null);
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThatProblem(VALIDATION).isProblem().hasFieldErrors(withoutCode, limit))
			.withMessageContaining("to have the violations {\"pointer\":\"/email\",\"field\":\"email\",\"message\":"
					+ "\"must be a well-formed email address\"}, ");
	}

	@Test
	void rejectedValuesCompareByValue() {
		assertThatProblem("""
				{"type":"about:blank","title":"Unprocessable Content","status":422,
				 "errors":[{"pointer":"/seats","message":"must be greater than 0","rejectedValue":-3},
				           {"pointer":"/name","message":"size must be between 0 and 2","rejectedValue":"Ada"}]}
				""").isProblem()
			.hasFieldErrors(
					FieldViolation.ofPointer("/seats", null, "must be greater than 0", null).withRejectedValue(-3L),
					FieldViolation.ofPointer("/name", null, "size must be between 0 and 2", null)
						.withRejectedValue("Ada"));
	}

	@Test
	void malformedTraceIdFails() {
		String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThatProblem(VALIDATION.replace(traceId, "<script>")).isProblem().hasTraceId())
			.withMessageContaining("to have a trace ID of 1 to 64 letters, digits, dots, dashes or underscores but "
					+ "was \"<script>\"");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThatProblem(VALIDATION.replace(traceId, "checkout-7f3a.2")).isProblem()
				.hasW3cTraceId())
			.withMessageContaining("to have a W3C trace ID (32 lowercase hex digits) but was \"checkout-7f3a.2\"");
	}

	@Test
	void bodyThatIsNoProblemFails() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThatProblem("{\"id\":1}").isProblem())
			.withMessageContaining("to have the members \"type\" and \"title\"");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThatProblem("{\"type\":\"about:blank\",\"title\":\" \",\"status\":404}")
				.isProblem())
			.withMessageContaining("(non-blank strings)");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThatProblem("<html>Whitelabel Error Page</html>").isProblem())
			.withMessageContaining("Expecting a problem body (a JSON object) but was:")
			.withMessageContaining("Whitelabel");
	}

	@Test
	void percentSignsInTheBodyAreShownAsTheyAre() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThatProblem(
					"{\"type\":\"about:blank\",\"title\":\"100% wrong\",\"status\":400,\"detail\":\"%s %n\"}")
				.isProblem()
				.hasTitle("right"))
			.withMessageContaining("\"100% wrong\"")
			.withMessageContaining("\"%s %n\"");
	}

}

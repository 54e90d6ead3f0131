package io.github.problemdetails.core;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ProblemDocumentTests {

	@Test
	void buildsStandardMembersViolationsAndExtensions() {
		Map<String, Object> members = new LinkedHashMap<>();
		members.put("type", "https://errors.example.com/validation-failed");
		members.put("title", "Validation failed");
		members.put("status", 422L);
		members.put("errors", List.of(Map.of("pointer", "/email", "message", "must be a well-formed email address",
				"code", "Email")));
		members.put("service", "orders");
		Problem problem = ProblemDocument.toProblem(members, 400);
		assertThat(problem.type()).isEqualTo(URI.create("https://errors.example.com/validation-failed"));
		assertThat(problem.status()).isEqualTo(422);
		assertThat(problem.extensions().get("errors")).isEqualTo(
				List.of(FieldViolation.ofPointer("/email", null, "must be a well-formed email address", "Email")));
		assertThat(problem.extensions()).containsEntry("service", "orders");
	}

	@Test
	void ignoresStandardMembersOfTheWrongTypeAndFallsBackToTheResponseStatus() {
		Problem problem = ProblemDocument.toProblem(Map.of("status", "409", "title", 7, "type", "a b"), 404);
		assertThat(problem.status()).isEqualTo(404);
		assertThat(problem.title()).isNull();
		assertThat(problem.type()).isEqualTo(Problem.BLANK_TYPE);
		// 2^32 + 404 would be 404 as an int.
		assertThat(ProblemDocument.toProblem(Map.of("status", 4_294_967_700L), 502).status()).isEqualTo(502);
	}

	@Test
	void readsCodeAndFieldViolationsOfABuiltProblem() {
		Problem problem = ProblemDocument.toProblem(Map.of("code", "ORDER_INVALID", "errors",
				List.of(Map.of("parameter", "limit", "field", "limit", "message", "must be at most 100",
						"rejectedValue", 500L))), 422);
		assertThat(ProblemDocument.code(problem)).isEqualTo("ORDER_INVALID");
		assertThat(ProblemDocument.fieldViolations(problem))
			.containsExactly(FieldViolation.ofParameter("limit", "must be at most 100", null).withRejectedValue(500L));
	}

	@Test
	void hasNoCodeOrViolationsWhenTheMembersAreNotOfTheirType() {
		Problem problem = ProblemDocument.toProblem(Map.of("code", 7, "errors", List.of("free text")), 422);
		assertThat(ProblemDocument.code(problem)).isNull();
		assertThat(ProblemDocument.fieldViolations(problem)).isEmpty();
		assertThat(ProblemDocument.fieldViolations(ProblemDocument.toProblem(Map.of(), 400))).isEmpty();
	}

	@Test
	void keepsAnErrorsListThatIsNotAllViolations() {
		List<Object> errors = List.of(Map.of("pointer", "/a", "message", "bad"), "free text");
		assertThat(ProblemDocument.toProblem(Map.of("errors", errors), 400).extensions().get("errors"))
			.isEqualTo(errors);
	}

	@Test
	void rejectsADocumentWithoutAnyValidStatus() {
		assertThatIllegalArgumentException().isThrownBy(() -> ProblemDocument.toProblem(Map.of(), 0))
			.withMessage("Problem has no valid status");
	}

}

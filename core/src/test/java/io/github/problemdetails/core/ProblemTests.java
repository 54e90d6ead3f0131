package io.github.problemdetails.core;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class ProblemTests {

	@Test
	void typeDefaultsToAboutBlankAndOptionalMembersToNull() {
		Problem problem = Problem.builder().status(404).build();
		assertThat(problem.type()).isEqualTo(Problem.BLANK_TYPE).hasToString("about:blank");
		assertThat(problem.title()).isNull();
		assertThat(problem.status()).isEqualTo(404);
		assertThat(problem.detail()).isNull();
		assertThat(problem.instance()).isNull();
		assertThat(problem.extensions()).isEmpty();
	}

	@Test
	void nullTypeMeansAboutBlank() {
		assertThat(Problem.builder().type(null).status(400).build().type()).isEqualTo(Problem.BLANK_TYPE);
	}

	@Test
	void builderSetsEveryMember() {
		Problem problem = Problem.builder()
			.type(URI.create("https://errors.example.com/not-found"))
			.title("Resource not found")
			.status(404)
			.detail("No order with id '42' exists.")
			.instance(URI.create("/orders/42"))
			.extension("traceId", "0af7651916cd43dd8448eb211c80319c")
			.build();
		assertThat(problem.type()).isEqualTo(URI.create("https://errors.example.com/not-found"));
		assertThat(problem.title()).isEqualTo("Resource not found");
		assertThat(problem.status()).isEqualTo(404);
		assertThat(problem.detail()).isEqualTo("No order with id '42' exists.");
		assertThat(problem.instance()).isEqualTo(URI.create("/orders/42"));
		assertThat(problem.extensions()).containsExactly(Map.entry("traceId", "0af7651916cd43dd8448eb211c80319c"));
	}

	@Test
	void standardMembersAreTheFiveOfRfc9457() {
		assertThat(ProblemMembers.STANDARD).containsExactlyInAnyOrder("type", "title", "status", "detail",
				"instance");
	}

	@Test
	void extensionsKeepInsertionOrder() {
		Problem problem = Problem.builder()
			.status(400)
			.extension("zeta", 1)
			.extension("alpha", 2)
			.extensions(orderedMap("mu", 3, "beta", 4))
			.build();
		assertThat(problem.extensions().keySet()).containsExactly("zeta", "alpha", "mu", "beta");
	}

	@Test
	void extensionsAreUnmodifiable() {
		Problem problem = Problem.builder().status(400).extension("a", 1).build();
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> problem.extensions().put("b", 2));
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> problem.extensions().clear());
	}

	@Test
	void builtProblemIsIsolatedFromLaterBuilderChanges() {
		Problem.Builder builder = Problem.builder().status(400).extension("a", 1);
		Problem first = builder.build();
		builder.extension("b", 2).title("changed");
		assertThat(first.extensions()).containsOnlyKeys("a");
		assertThat(first.title()).isNull();
		assertThat(builder.build().extensions()).containsOnlyKeys("a", "b");
	}

	@Test
	void problemsBuiltOneAfterAnotherKeepTheirOwnMembers() {
		Problem.Builder builder = Problem.builder().status(400);
		Problem empty = builder.build();
		Problem first = builder.extensions(Map.of("a", 1)).build();
		Problem second = builder.extension("a", 2).extensions(Map.of("b", 3)).build();
		assertThat(empty.extensions()).isEmpty();
		assertThat(first.extensions()).containsExactly(Map.entry("a", 1));
		assertThat(second.extensions()).containsExactly(Map.entry("a", 2), Map.entry("b", 3));
	}

	@Test
	void builtProblemIsIsolatedFromTheSourceMap() {
		Map<String, Object> source = new LinkedHashMap<>();
		source.put("a", 1);
		Problem problem = Problem.builder().status(400).extensions(source).build();
		source.put("b", 2);
		assertThat(problem.extensions()).containsOnlyKeys("a");
	}

	@Test
	void toBuilderCopiesEveryMemberWithoutSharingState() {
		Problem original = Problem.builder()
			.type(URI.create("https://errors.example.com/conflict"))
			.title("Conflict")
			.status(409)
			.detail("detail")
			.instance(URI.create("/users"))
			.extension("a", 1)
			.build();
		assertThat(original.toBuilder().build()).isEqualTo(original);
		Problem changed = original.toBuilder().status(410).extension("b", 2).build();
		assertThat(changed.status()).isEqualTo(410);
		assertThat(changed.extensions()).containsOnlyKeys("a", "b");
		assertThat(original.status()).isEqualTo(409);
		assertThat(original.extensions()).containsOnlyKeys("a");
	}

	@Test
	void equalProblemsHaveEqualHashCodes() {
		Problem one = Problem.builder().status(400).title("Bad request").extension("a", 1).build();
		Problem two = Problem.builder().status(400).title("Bad request").extension("a", 1).build();
		assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
		assertThat(one).isNotEqualTo(one.toBuilder().extension("a", 2).build());
		assertThat(one).isNotEqualTo(one.toBuilder().status(401).build());
		assertThat(one).isNotEqualTo(one.toBuilder().detail("d").build());
		assertThat(one).isNotEqualTo(one.toBuilder().type(URI.create("https://example.com/x")).build());
		assertThat(one).isNotEqualTo(null).isNotEqualTo("Problem");
	}

	@Test
	void toStringShowsEveryMember() {
		Problem problem = Problem.builder()
			.title("Conflict")
			.status(409)
			.detail("taken")
			.instance(URI.create("/users"))
			.extension("code", "USER_EMAIL_TAKEN")
			.build();
		assertThat(problem).hasToString("Problem[type=about:blank, title=Conflict, status=409, detail=taken, "
				+ "instance=/users, extensions={code=USER_EMAIL_TAKEN}]");
	}

	@Test
	void statusMustBeSet() {
		assertThatIllegalArgumentException().isThrownBy(() -> Problem.builder().build())
			.withMessage("'status' must be between 100 and 599");
	}

	@Test
	void statusOutsideHttpRangeIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> Problem.builder().status(99).build())
			.withMessage("'status' must be between 100 and 599");
		assertThatIllegalArgumentException().isThrownBy(() -> Problem.builder().status(600).build())
			.withMessage("'status' must be between 100 and 599");
		assertThat(Problem.builder().status(100).build().status()).isEqualTo(100);
		assertThat(Problem.builder().status(599).build().status()).isEqualTo(599);
	}

	@Test
	void nullExtensionNameOrValueIsRejected() {
		assertThatNullPointerException().isThrownBy(() -> Problem.builder().extension(null, 1))
			.withMessage("'name' must not be null");
		assertThatNullPointerException().isThrownBy(() -> Problem.builder().extension("a", null))
			.withMessage("'value' must not be null");
		assertThatNullPointerException().isThrownBy(() -> Problem.builder().extensions(null))
			.withMessage("'extensions' must not be null");
		Map<String, Object> withNullValue = new LinkedHashMap<>();
		withNullValue.put("a", null);
		assertThatNullPointerException().isThrownBy(() -> Problem.builder().extensions(withNullValue))
			.withMessage("'value' must not be null");
	}

	@Test
	void extensionNamedLikeStandardMemberIsRejected() {
		for (String member : ProblemMembers.STANDARD) {
			assertThatIllegalArgumentException().isThrownBy(() -> Problem.builder().extension(member, "x"))
				.withMessage("'name' must not be a standard member: " + member);
		}
		assertThatIllegalArgumentException().isThrownBy(() -> Problem.builder().extensions(Map.of("status", 500)))
			.withMessage("'name' must not be a standard member: status");
	}

	@Test
	void rejectedExtensionMapLeavesBuilderUnchanged() {
		Problem.Builder builder = Problem.builder().status(400);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> builder.extensions(orderedMap("valid", 1, "type", "x")));
		assertThat(builder.build().extensions()).isEmpty();
	}

	private static Map<String, Object> orderedMap(String k1, Object v1, String k2, Object v2) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put(k1, v1);
		map.put(k2, v2);
		return map;
	}

}

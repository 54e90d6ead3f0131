package io.github.problemdetails.internal.json;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import io.github.problemdetails.core.FieldViolation;
import io.github.problemdetails.core.Problem;
import io.github.problemdetails.mapping.ViolationLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PlainProblemJson} writes the very bytes that Jackson writes for the same problem:
 * every character class a string can hold, whole numbers, booleans, nulls, violations of every
 * kind in every location style, nested lists.
 */
class PlainProblemJsonTests {

	private static final String[] HOSTILE = { "a\"b\\c/d", "\u0000\u0001\b\t\n\f\r\u001f\u007f",
			"\u00e9\u20ac\ud83d\ude00", "\ud83d", "x\ude00y", "\ude00\ud83d", "\u2028\u2029", "</script>", "" };

	@ParameterizedTest
	@EnumSource(ViolationLocation.class)
	void writesWhatJacksonWrites(ViolationLocation location) {
		ProblemJsonWriter writer = new ProblemJsonWriter(JsonMapper.shared(), location);
		ProblemOpenings openings = new ProblemOpenings();
		for (Problem problem : problems()) {
			assertThat(PlainProblemJson.canWrite(problem)).isTrue();
			assertThat(new String(PlainProblemJson.write(problem, location, openings), StandardCharsets.UTF_8))
				.isEqualTo(new String(writer.withJackson(problem), StandardCharsets.UTF_8));
			// The second time with the opening written before.
			assertThat(PlainProblemJson.write(problem, location, openings)).isEqualTo(writer.withJackson(problem));
		}
	}

	// Problems that share all but one of type, title and status, and more kinds than are kept.
	@Test
	void opensEachKindOfProblemWithItsOwnMembers() {
		ProblemJsonWriter writer = new ProblemJsonWriter(JsonMapper.shared());
		ProblemOpenings openings = new ProblemOpenings();
		List<Problem> problems = new ArrayList<>();
		for (int i = 0; i < 600; i++) {
			URI type = URI.create("https://errors.example.com/kind-" + (i % 3));
			problems.add(Problem.builder().type(type).title("Title " + (i % 5)).status(400 + (i % 7)).build());
			problems.add(Problem.builder().type(type).status(400 + (i % 7)).detail("Detail " + i).build());
			problems.add(Problem.builder().type(type).title("Title " + i).status(409).build());
		}
		for (int pass = 0; pass < 2; pass++) {
			for (Problem problem : problems) {
				assertThat(PlainProblemJson.write(problem, ViolationLocation.BOTH, openings))
					.isEqualTo(writer.withJackson(problem));
			}
		}
	}

	// Every character, including each lone surrogate, in strings of random length.
	@Test
	void writesEveryCharacterAsJacksonDoes() {
		ProblemJsonWriter writer = new ProblemJsonWriter(JsonMapper.shared());
		ProblemOpenings openings = new ProblemOpenings();
		Random random = new Random(9457);
		for (int start = 0; start <= Character.MAX_VALUE; start += 512) {
			StringBuilder text = new StringBuilder();
			for (int c = start; c < Math.min(start + 512, Character.MAX_VALUE + 1); c++) {
				text.append((char) c);
				if (random.nextInt(8) == 0) {
					text.appendCodePoint(0x10000 + random.nextInt(0x100000));
				}
			}
			Problem problem = Problem.builder().status(400).detail(text.toString()).build();
			assertThat(PlainProblemJson.write(problem, ViolationLocation.BOTH, openings))
				.isEqualTo(writer.withJackson(problem));
		}
	}

	// Each thread writes into a buffer of its own, grown for a large problem and kept unless very large.
	@Test
	void writesEachProblemAloneWhateverTheThreadWroteBefore() {
		ProblemJsonWriter writer = new ProblemJsonWriter(JsonMapper.shared());
		List<FieldViolation> violations = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			violations.add(FieldViolation.ofField("items[" + i + "].sku", "\u00e9".repeat(200), "NotBlank"));
		}
		Problem huge = Problem.builder().status(422).extension("errors", violations).build();
		Problem large = Problem.builder().status(422).extension("errors", violations.subList(0, 20)).build();
		Problem small = Problem.builder().status(404).detail("No order with id '7' exists.").build();
		ProblemOpenings openings = new ProblemOpenings();
		for (Problem problem : List.of(huge, small, large, small, huge, large, small)) {
			assertThat(PlainProblemJson.write(problem, ViolationLocation.BOTH, openings))
				.isEqualTo(writer.withJackson(problem));
		}
	}

	@Test
	void leavesValuesOfOtherTypesToJackson() {
		assertThat(PlainProblemJson.canWrite(Problem.builder().status(500).extension("at", Instant.EPOCH).build()))
			.isFalse();
		assertThat(PlainProblemJson.canWrite(Problem.builder().status(500).extension("ratio", 0.5).build())).isFalse();
		assertThat(PlainProblemJson.canWrite(Problem.builder().status(500).extension("ids", List.of(1, 2.5)).build()))
			.isFalse();
		assertThat(PlainProblemJson.canWrite(Problem.builder()
			.status(422)
			.extension("errors", List.of(FieldViolation.ofField("at", "must be in the past", "Past")
				.withRejectedValue(Instant.EPOCH)))
			.build())).isFalse();
	}

	private static List<Problem> problems() {
		List<Problem> problems = new ArrayList<>();
		problems.add(Problem.builder().status(404).build());
		problems.add(Problem.builder()
			.type(URI.create("https://errors.example.com/order-not-found"))
			.title("Order not found")
			.status(404)
			.detail("No order with id '42' exists.")
			.instance(URI.create("/orders/42"))
			.extension("traceId", "4bf92f3577b34da6a3ce929d0e0e4736")
			.extension("code", "ORDER_NOT_FOUND")
			.extension("retryable", false)
			.extension("errorCount", 1234)
			.extension("limit", Long.MAX_VALUE)
			.build());
		for (String text : HOSTILE) {
			problems.add(Problem.builder()
				.status(400)
				.title(text)
				.detail(text)
				.extension(text.isEmpty() ? "empty" : text, text)
				.extension("list", Arrays.asList(text, 7, true, null, List.of(text)))
				.build());
			problems.add(Problem.builder()
				.status(422)
				.extension("errors", List.of(FieldViolation.ofField("items[0]." + text, text, text).withRejectedValue(text),
						FieldViolation.ofField("count", "must be positive", "Positive").withRejectedValue(-3),
						FieldViolation.ofParameter(text, text, null), FieldViolation.ofParameter("page", "too big", null)
							.withRejectedValue(Long.MIN_VALUE)))
				.build());
		}
		return problems;
	}

}

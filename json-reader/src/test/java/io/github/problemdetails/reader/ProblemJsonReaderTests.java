package io.github.problemdetails.reader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.github.problemdetails.core.FieldViolation;
import io.github.problemdetails.core.Problem;
import io.github.problemdetails.core.ProblemDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ProblemJsonReaderTests {

	private static final String VALIDATION_PROBLEM = """
			{"type":"https://errors.example.com/validation-failed","title":"Validation failed","status":422,
			 "detail":"1 value is invalid.","instance":"/orders","traceId":"4bf92f3577b34da6a3ce929d0e0e4736",
			 "code":"ORDER_INVALID","errors":[
			   {"pointer":"/items/0/quantity","field":"items[0].quantity","message":"must be greater than 0","code":"Positive"},
			   {"parameter":"limit","field":"limit","message":"must be at most 100","rejectedValue":500}],
			 "service":"orders","retry":{"after":[1,2.5,true,null]}}""";

	private final ProblemJsonReader reader = ProblemJsonReader.create();

	@Test
	void readsEveryStandardMember() {
		Problem problem = this.reader.read(VALIDATION_PROBLEM, 400);

		assertThat(problem.type()).isEqualTo(URI.create("https://errors.example.com/validation-failed"));
		assertThat(problem.title()).isEqualTo("Validation failed");
		assertThat(problem.status()).isEqualTo(422);
		assertThat(problem.detail()).isEqualTo("1 value is invalid.");
		assertThat(problem.instance()).isEqualTo(URI.create("/orders"));
	}

	@Test
	void readsCodeViolationsAndExtensionsInOrder() {
		Problem problem = this.reader.read(VALIDATION_PROBLEM, 422);

		assertThat(ProblemDocument.code(problem)).isEqualTo("ORDER_INVALID");
		assertThat(ProblemDocument.fieldViolations(problem)).containsExactly(
				FieldViolation.ofPointer("/items/0/quantity", "items[0].quantity", "must be greater than 0",
						"Positive"),
				FieldViolation.ofParameter("limit", "must be at most 100", null).withRejectedValue(500L));
		assertThat(problem.extensions()).containsOnlyKeys("traceId", "code", "errors", "service", "retry");
		assertThat(problem.extensions().keySet()).containsExactly("traceId", "code", "errors", "service", "retry");
		assertThat(problem.extensions().get("retry"))
			.isEqualTo(Map.of("after", Arrays.asList(1L, new BigDecimal("2.5"), true, null)));
	}

	@Test
	void readsUtf8BytesAndStreams() throws IOException {
		String json = "{\"title\":\"Gr\u00fc\u00dfe \\u00e9 \\ud83d\\ude00\",\"status\":409}";
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);

		assertThat(this.reader.read(bytes, 500).title()).isEqualTo("Grüße é \ud83d\ude00");
		assertThat(this.reader.read(new ByteArrayInputStream(bytes), 500).status()).isEqualTo(409);
	}

	@Test
	void takesTheResponseStatusWhenTheBodyHasNoUsableStatus() {
		assertThat(this.reader.read("{}", 404).status()).isEqualTo(404);
		assertThat(this.reader.read("{\"status\":\"409\"}", 404).status()).isEqualTo(404);
		assertThat(this.reader.read("{\"status\":999}", 404).status()).isEqualTo(404);
		assertThat(this.reader.read("{\"status\":409.5}", 404).status()).isEqualTo(404);
	}

	@Test
	void ignoresStandardMembersOfTheWrongType() {
		Problem problem = this.reader.read("{\"type\":42,\"title\":[],\"detail\":{},\"instance\":\"a b\"}", 500);

		assertThat(problem.type()).isEqualTo(Problem.BLANK_TYPE);
		assertThat(problem.title()).isNull();
		assertThat(problem.detail()).isNull();
		assertThat(problem.instance()).isNull();
		assertThat(problem.extensions()).isEmpty();
	}

	@Test
	void keepsErrorsThatAreNoViolationsAsTheyAre() {
		Problem problem = this.reader.read("{\"errors\":[{\"message\":\"no location\"}],\"code\":7}", 422);

		assertThat(ProblemDocument.fieldViolations(problem)).isEmpty();
		assertThat(ProblemDocument.code(problem)).isNull();
		assertThat(problem.extensions().get("errors")).isEqualTo(List.of(Map.of("message", "no location")));
	}

	@Test
	void dropsTopLevelNullMembers() {
		assertThat(this.reader.read("{\"code\":null}", 400).extensions()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "{", "{\"a\":}", "{\"a\":1,}", "[1,]",
			"{'a':1}", "{a:1}", "{\"a\":01}", "{\"a\":1.}", "{\"a\":-}", "{\"a\":1e}", "{\"a\":.5}", "{\"a\":+1}",
			"{\"a\":tru}", "{\"a\":NaN}", "{\"a\":\"x\\q\"}", "{\"a\":\"\\u12g4\"}", "{\"a\":\"tab\there\"}",
			"{\"a\":1} {}", "{\"a\":1}x", "{\"a\":1 /* c */}", "{\"a\":1,\"a\":2}", "{\"a\" 1}", "{\"a\":\"open}" })
	void rejectsMalformedJson(String json) {
		assertThatExceptionOfType(ProblemJsonException.class).isThrownBy(() -> this.reader.read(json, 500))
			.withMessageStartingWith("Malformed problem JSON at offset")
			.isNotInstanceOf(ProblemTooLargeException.class);
	}

	@Test
	void rejectsNonObjectDocumentsWithAClearMessage() {
		for (String json : List.of("[1]", "\"problem\"", "42", "null", "true")) {
			assertThatExceptionOfType(ProblemJsonException.class).isThrownBy(() -> this.reader.read(json, 500))
				.withMessage("Problem body is not a JSON object");
		}
	}

	@Test
	void malformedMessageNeverQuotesTheBody() {
		assertThatExceptionOfType(ProblemJsonException.class)
			.isThrownBy(() -> this.reader.read("{\"secret\":\"db-password\" oops}", 500))
			.withMessageNotContaining("db-password")
			.withMessageNotContaining("secret");
	}

	@Test
	void rejectsInvalidUtf8() {
		byte[] body = { '{', '"', 'a', '"', ':', '"', (byte) 0xC3, '"', '}' };

		assertThatExceptionOfType(ProblemJsonException.class).isThrownBy(() -> this.reader.read(body, 500))
			.withMessage("Problem body is not UTF-8");
	}

	@Test
	void rejectsDeepNestingWithoutExhaustingTheStack() {
		String deep = "{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";

		assertThatExceptionOfType(ProblemJsonException.class)
			.isThrownBy(() -> this.reader.withMaxBytes(1_000_000).read(deep, 500))
			.withMessageContaining("nested deeper than 32 levels");
		assertThat(this.reader.withMaxDepth(3).read("{\"a\":[[1]]}", 500).extensions()).containsKey("a");
	}

	@Test
	void rejectsOverlongNumbers() {
		String json = "{\"a\":" + "9".repeat(65) + "}";

		assertThatExceptionOfType(ProblemJsonException.class).isThrownBy(() -> this.reader.read(json, 500))
			.withMessageContaining("number longer than 64 characters");
	}

	@Test
	void rejectsBodiesOverTheLimitWithoutReadingTheRest() throws IOException {
		ProblemJsonReader small = this.reader.withMaxBytes(16);
		CountingStream endless = new CountingStream();

		assertThatExceptionOfType(ProblemTooLargeException.class).isThrownBy(() -> small.read(endless, 500))
			.withMessage("Problem body is larger than 16 bytes")
			.satisfies((ex) -> assertThat(ex.getMaxBytes()).isEqualTo(16));
		assertThat(endless.read).isEqualTo(17);
		assertThatExceptionOfType(ProblemTooLargeException.class)
			.isThrownBy(() -> small.read("{\"title\":\"0123456789\"}", 500));
		assertThatExceptionOfType(ProblemTooLargeException.class)
			.isThrownBy(() -> small.read(new byte[17], 500));
		assertThat(this.reader.maxBytes()).isEqualTo(ProblemJsonReader.DEFAULT_MAX_BYTES);
	}

	@Test
	void rejectsNonPositiveLimits() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.reader.withMaxBytes(0))
			.withMessage("'maxBytes' must be positive");
		assertThatIllegalArgumentException().isThrownBy(() -> this.reader.withMaxDepth(0))
			.withMessage("'maxDepth' must be positive");
	}

	@Test
	void failsWhenNeitherBodyNorResponseGiveAStatus() {
		assertThatExceptionOfType(ProblemJsonException.class).isThrownBy(() -> this.reader.read("{}", 0))
			.withMessage("Problem has no valid status");
	}

	@Test
	void recognisesTheProblemMediaType() {
		assertThat(ProblemJsonReader.isProblemJson("application/problem+json")).isTrue();
		assertThat(ProblemJsonReader.isProblemJson("Application/Problem+JSON; charset=utf-8")).isTrue();
		assertThat(ProblemJsonReader.isProblemJson("application/json")).isFalse();
		assertThat(ProblemJsonReader.isProblemJson("application/problem+xml")).isFalse();
		assertThat(ProblemJsonReader.isProblemJson(null)).isFalse();
	}

	/** A body that never ends, counting what was read of it. */
	private static final class CountingStream extends InputStream {

		private int read;

		@Override
		public int read() {
			this.read++;
			return ' ';
		}

	}

}

package io.github.problemdetails.internal.client;

import java.math.BigDecimal;
import java.math.BigInteger;
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

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link UpstreamProblemReader}.
 */
class UpstreamProblemReaderTests {

	private static final String SECRET = "stock-db-password-4711";

	private static final String OVER_A_LIMIT = "Problem body is over a limit of the reader";

	private final UpstreamProblemReader reader = new UpstreamProblemReader(1024);

	@Test
	void readsAJsonProblemWithJacksonIntoTheCoreModel() throws Exception {
		Problem problem = json("""
				{"type":"https://inventory.example.com/problems/out-of-stock","title":"Out of stock","status":409,
				 "detail":"None left.","instance":"/items/A-1","code":"OUT_OF_STOCK",
				 "errors":[{"pointer":"/quantity","message":"must be at most 3","rejectedValue":7}],
				 "stock":{"left":0,"price":12.50,"huge":123456789012345678901234567890,"tags":["a",null,true]}}""", 400);

		assertThat(problem)
			.extracting(Problem::type, Problem::title, Problem::status, Problem::detail, Problem::instance)
			.containsExactly(URI.create("https://inventory.example.com/problems/out-of-stock"), "Out of stock", 409,
					"None left.", URI.create("/items/A-1"));
		assertThat(ProblemDocument.code(problem)).isEqualTo("OUT_OF_STOCK");
		assertThat(ProblemDocument.fieldViolations(problem))
			.containsExactly(
					FieldViolation.ofPointer("/quantity", null, "must be at most 3", null).withRejectedValue(7L));
		// The number types of the JDK reader: whole numbers Long or BigInteger, others BigDecimal.
		assertThat(problem.extensions().get("stock")).isEqualTo(Map.of("left", 0L, "price", new BigDecimal("12.50"),
				"huge", new BigInteger("123456789012345678901234567890"), "tags", Arrays.asList("a", null, true)));
	}

	@Test
	void readsNestedMembersAsUnmodifiableValues() throws Exception {
		Map<String, Object> extensions = json("{\"stock\":{\"warehouses\":[\"north\"]}}", 409).extensions();

		Map<?, ?> stock = (Map<?, ?>) extensions.get("stock");
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(stock::clear);
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> ((List<?>) stock.get("warehouses")).clear());
	}

	@Test
	void ignoresStandardMembersOfTheWrongTypeAndTakesTheResponseStatus() throws Exception {
		Problem problem = json("{\"type\":[\"x\"],\"title\":false,\"status\":\"409\",\"detail\":3,\"instance\":{}}",
				503);

		assertThat(problem.status()).isEqualTo(503);
		assertThat(problem.type()).isEqualTo(Problem.BLANK_TYPE);
		assertThat(problem.title()).isNull();
		assertThat(problem.detail()).isNull();
		assertThat(problem.instance()).isNull();
		assertThat(json("{\"status\":409.0}", 502).status()).isEqualTo(502);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "{", "{\"a\":1,}", "{'a':1}", "{a:1}", "{\"a\":01}", "{\"a\":NaN}", "{\"a\":.5}",
			"{\"a\":\"\\x\"}", "{\"a\":\"line\nbreak\"}", "{\"a\":1} {}", "{\"a\":1}]", "{\"a\":1 /* c */}",
			"{\"a\":tru}" })
	void refusesJsonThatIsNotStrict(String body) {
		assertThatExceptionOfType(UnreadableProblemException.class).isThrownBy(() -> json(body, 409))
			.withMessageStartingWith("Problem body is not strict JSON");
	}

	@Test
	void refusesARepeatedMemberWithoutNamingIt() {
		assertThatExceptionOfType(UnreadableProblemException.class)
			.isThrownBy(() -> json("{\"status\":409,\"" + SECRET + "\":1,\"" + SECRET + "\":2}", 409))
			.withMessageStartingWith("Problem body is not strict JSON at line 1, column ")
			.withMessageNotContaining(SECRET);
	}

	@Test
	void failureMessagesNeverQuoteTheBody() {
		assertThatExceptionOfType(UnreadableProblemException.class)
			.isThrownBy(() -> json("{\"detail\":" + SECRET + "}", 409))
			.withMessageNotContaining(SECRET)
			.withNoCause();
	}

	@Test
	void refusesADocumentThatIsNoObject() {
		for (String body : List.of("[]", "\"problem\"", "409", "null")) {
			assertThatExceptionOfType(UnreadableProblemException.class).isThrownBy(() -> json(body, 409))
				.withMessage("Problem body is not a JSON object");
		}
	}

	@Test
	void refusesNestingDeeperThan32Levels() throws Exception {
		String deep = "{\"a\":" + "[".repeat(31) + "]".repeat(31) + "}";
		String tooDeep = "{\"a\":" + "[".repeat(32) + "]".repeat(32) + "}";

		assertThat(json(deep, 409).extensions()).containsKey("a");
		assertThatExceptionOfType(UnreadableProblemException.class).isThrownBy(() -> json(tooDeep, 409))
			.withMessageStartingWith(OVER_A_LIMIT);
	}

	@Test
	void refusesNumbersLongerThan64Characters() throws Exception {
		assertThat(json("{\"a\":" + "9".repeat(64) + "}", 409).extensions()).containsKey("a");
		assertThatExceptionOfType(UnreadableProblemException.class)
			.isThrownBy(() -> json("{\"a\":" + "9".repeat(65) + "}", 409))
			.withMessageStartingWith(OVER_A_LIMIT)
			.withMessageNotContaining("999");
	}

	@Test
	void refusesABodyOverTheLimitWhateverItsFormat() {
		String longDetail = "x".repeat(1024);

		assertThatExceptionOfType(UnreadableProblemException.class)
			.isThrownBy(() -> json("{\"detail\":\"" + longDetail + "\"}", 409))
			.withMessageStartingWith(OVER_A_LIMIT);
		assertThatExceptionOfType(UnreadableProblemException.class)
			.isThrownBy(() -> read("<problem xmlns='urn:ietf:rfc:7807'><detail>" + longDetail + "</detail></problem>",
					MediaType.APPLICATION_PROBLEM_XML, 409))
			.withMessage("Problem body is larger than 1024 bytes");
	}

	@Test
	void refusesBytesThatAreNotUtf8() {
		byte[] body = { '{', '"', 'a', '"', ':', '"', (byte) 0xC3, '"', '}' };

		assertThatExceptionOfType(UnreadableProblemException.class)
			.isThrownBy(() -> this.reader.read(body, MediaType.APPLICATION_PROBLEM_JSON, 409))
			.withMessageStartingWith("Problem body is not strict JSON");
	}

	@Test
	void readsAnXmlProblemThroughTheSameModel() throws Exception {
		Problem problem = read("<problem xmlns='urn:ietf:rfc:7807'><status>422</status><code>OUT_OF_STOCK</code>"
				+ "<errors><i><parameter>sku</parameter><message>unknown</message></i></errors></problem>",
				MediaType.parseMediaType("application/problem+xml;charset=UTF-8"), 400);

		assertThat(problem.status()).isEqualTo(422);
		assertThat(ProblemDocument.code(problem)).isEqualTo("OUT_OF_STOCK");
		assertThat(ProblemDocument.fieldViolations(problem))
			.containsExactly(new FieldViolation(null, "sku", null, "unknown", null));
	}

	@Test
	void recognisesTheProblemMediaTypes() {
		assertThat(UpstreamProblemReader.isProblem(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
		assertThat(UpstreamProblemReader.isProblem(MediaType.parseMediaType("Application/Problem+JSON; charset=utf-8")))
			.isTrue();
		assertThat(UpstreamProblemReader.isProblem(MediaType.APPLICATION_PROBLEM_XML)).isTrue();
		assertThat(UpstreamProblemReader.isProblem(MediaType.APPLICATION_JSON)).isFalse();
		assertThat(UpstreamProblemReader.isProblem(MediaType.APPLICATION_XML)).isFalse();
		assertThat(UpstreamProblemReader.isProblem(null)).isFalse();
	}

	@Test
	void refusesANonPositiveLimit() {
		assertThatIllegalArgumentException().isThrownBy(() -> new UpstreamProblemReader(0))
			.withMessage("'maxBytes' must be positive");
	}

	private Problem json(String body, int status) throws UnreadableProblemException {
		return read(body, MediaType.APPLICATION_PROBLEM_JSON, status);
	}

	private Problem read(String body, MediaType contentType, int status) throws UnreadableProblemException {
		return this.reader.read(body.getBytes(StandardCharsets.UTF_8), contentType, status);
	}

}

package io.github.problemdetails.sample;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The robustness suite, JSON bodies: invalid UTF-8, deep nesting, huge numbers, huge strings, huge arrays,
 * duplicate keys. The sample bounds what it reads (Jackson's read constraints in {@code application.yml}, a
 * {@code @Size} on every list); the starter bounds what it answers and logs.
 */
class RobustnessBodiesIntegrationTests extends AbstractRobustnessIntegrationTests {

	// Up to the starter's 100 entries of "errors" (problem-details.validation.max-errors) of about 120 bytes each.
	private static final int MAX_VALIDATION_ANSWER_BYTES = 16 * 1024;

	private static final String ITEM = "{\"sku\":\"ABC-1\",\"quantity\":1}";

	@Override
	Stream<HostileRequest> hostileRequests() {
		return Stream.of(
				postOrder("invalid UTF-8", bytes("{\"customerId\":1,\"items\":[{\"sku\":\"", new byte[] { (byte) 0xff,
						(byte) 0xfe }, "\",\"quantity\":1}]}")),
				postOrder("100,000 nested arrays", "[".repeat(100_000)),
				postOrder("10,000 nested objects", "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)),
				postOrder("number of 5,000 digits",
						"{\"customerId\":" + "9".repeat(5000) + ",\"items\":[" + ITEM + "]}"),
				postOrder("int overflow", "{\"customerId\":1,\"items\":[{\"sku\":\"A\",\"quantity\":99999999999}]}"),
				postOrder("long overflow", "{\"customerId\":99999999999999999999,\"items\":[" + ITEM + "]}"),
				postOrder("huge exponent", "{\"customerId\":1e1000000000,\"items\":[" + ITEM + "]}"),
				postOrder("NaN", "{\"customerId\":NaN,\"items\":[" + ITEM + "]}"),
				postOrder("duplicate keys", "{\"customerId\":1,\"customerId\":2,\"items\":[" + ITEM + "]}"),
				postOrder("trailing tokens", "{\"customerId\":1,\"items\":[" + ITEM + "]} {}"),
				postOrder("comment", "{/* hi */\"customerId\":1,\"items\":[" + ITEM + "]}"),
				postOrder("null document", "null"),
				postOrder("string of 2 MB", "{\"customerId\":1,\"items\":[{\"sku\":\"" + "s".repeat(2 * 1024 * 1024)
						+ "\",\"quantity\":1}]}"),
				postOrder("name of 100,000 characters", "{\"" + "n".repeat(100_000) + "\":1}"),
				// Over the document's length, under Tomcat's max-swallow-size: refused before any element is validated.
				postOrder("60,000 invalid elements", "{\"customerId\":1,\"items\":["
						+ "{\"sku\":\"\",\"quantity\":0},".repeat(59_999) + "{\"sku\":\"\",\"quantity\":0}]}"));
	}

	@Test
	void longValueIsCutInTheLogLine() throws Exception {
		// Under every read limit, over the sku's @Size: the value is in the exception's message, which is cut.
		String sku = "s".repeat(100_000);
		Answered answered = send(postOrder("long sku", "{\"customerId\":1,\"items\":[{\"sku\":\"" + sku
				+ "\",\"quantity\":1}]}"));
		assertClientError(answered, 422);
		assertThat(answered.log()).doesNotContain("s".repeat(1000));
	}

	@Test
	void tenThousandInvalidElementsAnswerTheFirstHundredAndTheirCount() throws Exception {
		String items = "{\"sku\":\"\",\"quantity\":0},".repeat(9_999) + "{\"sku\":\"\",\"quantity\":0}";
		Answered answered = send(postOrder("10,000 invalid elements", "{\"customerId\":1,\"items\":[" + items + "]}"));
		assertClientError(answered, 422, MAX_VALIDATION_ANSWER_BYTES).hasFieldErrorCount(100)
			.hasMember("errorCount", 20_001);
	}

	private static HostileRequest postOrder(String name, String json) {
		return postOrder(name, json.getBytes(StandardCharsets.UTF_8));
	}

	private static HostileRequest postOrder(String name, byte[] json) {
		return new HostileRequest(name, 400, (http) -> http.request("/ok")
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofByteArray(json)));
	}

	private static byte[] bytes(String before, byte[] bytes, String after) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
		out.writeBytes(bytes);
		out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

}

package io.github.problemdetails.internal.json;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.github.problemdetails.core.FieldViolation;
import io.github.problemdetails.core.Problem;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ProblemJsonWriter}.
 */
class ProblemJsonWriterTests {

	private final ProblemJsonWriter writer = new ProblemJsonWriter(JsonMapper.shared());

	@Test
	void writesStandardMembersFirstThenExtensionsInOrder() {
		Problem problem = Problem.builder()
			.type(URI.create("https://errors.example.com/not-found"))
			.title("Resource not found")
			.status(404)
			.detail("No order with id '42' exists.")
			.instance(URI.create("/orders/42"))
			.extension("traceId", "4bf92f3577b34da6a3ce929d0e0e4736")
			.extension("code", "ORDER_NOT_FOUND")
			.build();
		assertThat(json(problem)).isEqualTo("{\"type\":\"https://errors.example.com/not-found\","
				+ "\"title\":\"Resource not found\",\"status\":404,\"detail\":\"No order with id '42' exists.\","
				+ "\"instance\":\"/orders/42\",\"traceId\":\"4bf92f3577b34da6a3ce929d0e0e4736\","
				+ "\"code\":\"ORDER_NOT_FOUND\"}");
	}

	@Test
	void writesBodyViolationsWithPointerAndParameterViolationsWithParameter() {
		Problem problem = Problem.builder()
			.status(422)
			.extension("errors",
					List.of(FieldViolation.ofField("items[0].quantity", "must be greater than 0", "Positive"),
							FieldViolation.ofParameter("limit", "must be less than or equal to 100", "Max")))
			.build();
		assertThat(json(problem)).isEqualTo("{\"type\":\"about:blank\",\"status\":422,\"errors\":["
				+ "{\"pointer\":\"/items/0/quantity\",\"field\":\"items[0].quantity\","
				+ "\"message\":\"must be greater than 0\",\"code\":\"Positive\"},"
				+ "{\"parameter\":\"limit\",\"field\":\"limit\",\"message\":\"must be less than or equal to 100\","
				+ "\"code\":\"Max\"}]}");
	}

	@Test
	void keepsInputInertInsideJsonStrings() {
		Problem problem = Problem.builder().status(400).detail("\"}<script>\n").build();
		assertThat(json(problem)).contains("\"detail\":\"\\\"}<script>\\n\"");
	}

	@Test
	void applicationNamingStrategyCannotRenameMembers() {
		JsonMapper snakeCase = JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();
		Problem problem = Problem.builder().status(404).extension("traceId", "abc")
			.extension("window", Map.of("resetAt", Instant.parse("2026-01-01T00:00:00Z"))).build();
		assertThat(new String(new ProblemJsonWriter(snakeCase).toBytes(problem), StandardCharsets.UTF_8))
			.contains("\"traceId\":\"abc\"").contains("\"resetAt\":");
	}

	private String json(Problem problem) {
		return new String(this.writer.toBytes(problem), StandardCharsets.UTF_8);
	}

}

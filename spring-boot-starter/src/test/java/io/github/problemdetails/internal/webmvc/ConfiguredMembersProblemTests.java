package io.github.problemdetails.internal.webmvc;

import java.time.Instant;

import io.github.problemdetails.core.exception.NotFoundException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import static io.github.problemdetails.testsupport.ProblemResponses.assertNoLeak;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Members tuned in configuration: titles per status, extension members, instance and
 * timestamp, the trace-ID member and header, and exposure of client-error reasons.
 */
@WebMvcTest(properties = { "problem-details.type-base-uri=https://errors.example.com/",
		"problem-details.titles.404=Nothing here", "problem-details.extensions.service=orders",
		"problem-details.extensions.region=eu-1", "problem-details.include.instance=false",
		"problem-details.include.timestamp=true", "problem-details.trace-id.member=correlationId",
		"problem-details.trace-id.response-header=", "problem-details.expose-client-error-messages=true" })
class ConfiguredMembersProblemTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void configuredMembersShapeTheProblem() throws Exception {
		Instant before = Instant.now();
		MockHttpServletResponse response = this.mvc.get().uri("/orders/7").header("X-Request-Id", "req-7").exchange()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(response.getHeader("X-Trace-Id")).isNull();
		JsonNode problem = JsonMapper.shared().readTree(response.getContentAsString());
		assertThat(problem.path("title").asString()).isEqualTo("Nothing here");
		assertThat(problem.has("instance")).isFalse();
		assertThat(problem.path("correlationId").asString()).isEqualTo("req-7");
		assertThat(problem.has("traceId")).isFalse();
		assertThat(problem.path("service").asString()).isEqualTo("orders");
		assertThat(problem.path("region").asString()).isEqualTo("eu-1");
		assertThat(Instant.parse(problem.path("timestamp").asString())).isBetween(before, Instant.now());
	}

	@Test
	void configuredExtensionNeverReplacesTheProblemsOwnMember() throws Exception {
		JsonNode problem = JsonMapper.shared()
			.readTree(this.mvc.get().uri("/orders/service").exchange().getResponse().getContentAsString());
		assertThat(problem.path("service").asString()).isEqualTo("billing");
	}

	@Test
	void clientErrorReasonIsShownWhenExposed() throws Exception {
		MockHttpServletResponse response = this.mvc.get().uri("/orders/closed").exchange().getResponse();
		JsonNode problem = JsonMapper.shared().readTree(response.getContentAsString());
		assertThat(problem.path("status").asInt()).isEqualTo(409);
		assertThat(problem.path("detail").asString()).isEqualTo("Orders close at midnight.");
	}

	@Test
	void serverErrorReasonIsNeverShown() throws Exception {
		MockHttpServletResponse response = this.mvc.get().uri("/orders/down").exchange().getResponse();
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getContentAsString()).doesNotContain("replica");
		assertNoLeak(response.getContentAsString());
	}

	@RestController
	static class OrdersController {

		@GetMapping("/orders/7")
		String order() {
			throw new NotFoundException("order", 7);
		}

		@GetMapping("/orders/service")
		String service() {
			throw new NotFoundException("No such order.").withExtension("service", "billing");
		}

		@GetMapping("/orders/closed")
		String closed() {
			throw new OrdersClosedException();
		}

		@GetMapping("/orders/down")
		String down() {
			throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "replica db-3 lagging");
		}

	}

	@ResponseStatus(code = HttpStatus.CONFLICT, reason = "Orders close at midnight.")
	static class OrdersClosedException extends RuntimeException {

	}

	@Configuration(proxyBeanMethods = false)
	@Import(OrdersController.class)
	static class Config {

	}

}

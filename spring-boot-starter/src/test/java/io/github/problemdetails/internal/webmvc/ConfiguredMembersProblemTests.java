package io.github.problemdetails.internal.webmvc;

import java.time.Instant;

import io.github.problemdetails.core.exception.NotFoundException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import static io.github.problemdetails.test.ProblemAssertions.assertThat;
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
	void configuredMembersShapeTheProblem() {
		Instant before = Instant.now();
		assertThat(this.mvc.get().uri("/orders/7").header("X-Request-Id", "req-7")).doesNotHaveHeader("X-Trace-Id")
			.doesNotLeak()
			.isProblem()
			.usingTraceId("correlationId", "")
			.hasStatus(404)
			.hasTitle("Nothing here")
			.hasDetail()
			.doesNotHaveMember("instance")
			.hasTraceId("req-7")
			.doesNotHaveMember("traceId")
			.hasMember("service", "orders")
			.hasMember("region", "eu-1")
			.satisfies((problem) -> assertThat(Instant.parse(problem.path("timestamp").asString()))
				.isBetween(before, Instant.now()));
	}

	@Test
	void configuredExtensionNeverReplacesTheProblemsOwnMember() {
		assertThat(this.mvc.get().uri("/orders/service")).doesNotLeak()
			.isProblem()
			.hasStatus(404)
			.hasMember("service", "billing");
	}

	@Test
	void clientErrorReasonIsShownWhenExposed() {
		assertThat(this.mvc.get().uri("/orders/closed")).doesNotLeak()
			.isProblem()
			.hasStatus(409)
			.hasDetail("Orders close at midnight.");
	}

	@Test
	void serverErrorReasonIsNeverShown() {
		assertThat(this.mvc.get().uri("/orders/down")).doesNotLeak("replica").isProblem().hasStatus(503).hasDetail();
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

package io.github.problemdetails.test;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import static io.github.problemdetails.test.WebTestClientProblemAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link WebTestClientProblemAssertions}, against a WebFlux router bound without a
 * server.
 */
class WebTestClientProblemAssertionsTests {

	private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

	private static final String NOT_FOUND = "{\"type\":\"https://errors.example.com/not-found\",\"title\":\"Resource "
			+ "not found\",\"status\":404,\"detail\":\"No order with id '42' exists.\",\"instance\":\"/orders/42\","
			+ "\"traceId\":\"" + TRACE_ID + "\",\"code\":\"ORDER_NOT_FOUND\"}";

	private final WebTestClient client = WebTestClient
		.bindToRouterFunction(RouterFunctions.route()
			.GET("/orders/42",
					(request) -> ServerResponse.status(HttpStatus.NOT_FOUND)
						.contentType(MediaType.APPLICATION_PROBLEM_JSON)
						.header("X-Trace-Id", TRACE_ID)
						.bodyValue(NOT_FOUND))
			.GET("/plain", (request) -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue("{}"))
			.build())
		.build();

	@Test
	void readsAWebTestClientResult() {
		assertThat(this.client.get().uri("/orders/42").exchange().expectBody().returnResult()).isProblem()
			.hasStatus(404)
			.hasType("not-found")
			.hasCode("ORDER_NOT_FOUND")
			.hasInstance("/orders/42")
			.hasTraceId();
	}

	@Test
	void successIsNoProblem() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(this.client.get().uri("/plain").exchange().expectBody().returnResult())
				.isProblem())
			.withMessageContaining("application/problem+json");
	}

}

package io.github.problemdetails.test;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static io.github.problemdetails.test.ProblemAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link ProblemAssertions} with the results of {@link MockMvcTester} and
 * {@link RestTestClient}.
 */
class ProblemAssertionsTests {

	private static final String NOT_FOUND = "{\"type\":\"https://errors.example.com/not-found\",\"title\":\"Resource "
			+ "not found\",\"status\":404,\"detail\":\"No order with id '42' exists.\",\"instance\":\"/orders/42\","
			+ "\"traceId\":\"4bf92f3577b34da6a3ce929d0e0e4736\"}";

	private final MockMvcTester mvc = MockMvcTester.of(new TestController());

	@Test
	void readsAMockMvcTesterResult() {
		assertThat(this.mvc.get().uri("/orders/42")).isProblem()
			.hasStatus(404)
			.hasType("not-found")
			.hasDetail("No order with id '42' exists.")
			.hasTraceId();
		assertThat(this.mvc.get().uri("/orders/42").exchange()).isProblem().hasInstance("/orders/42");
	}

	@Test
	void plainJsonResponseIsNoProblem() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(this.mvc.get().uri("/plain")).isProblem())
			.withMessageContaining("Expecting a response with Content-Type application/problem+json but was "
					+ "<application/json>, status 404");
	}

	@Test
	void traceIdMustEqualTheHeader() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(this.mvc.get().uri("/other-trace")).isProblem().hasTraceId())
			.withMessageContaining("to have the trace ID of the X-Trace-Id header, \"0af7651916cd43dd8448eb211c80319c\"");
	}

	@Test
	void statusOfTheBodyMustEqualTheResponseStatus() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(this.mvc.get().uri("/false-200")).isProblem())
			.withMessageContaining("to have status 200 but was 404");
	}

	@Test
	void readsARestTestClientResult() {
		RestTestClient client = RestTestClient.bindToController(new TestController()).build();
		assertThat(client.get().uri("/orders/42").exchange().returnResult()).isProblem()
			.hasStatus(404)
			.hasTitle("Resource not found")
			.hasTraceId();
	}

	@RestController
	static class TestController {

		@GetMapping("/orders/42")
		void notFound(HttpServletResponse response) throws Exception {
			write(response, 404, "application/problem+json", "4bf92f3577b34da6a3ce929d0e0e4736", NOT_FOUND);
		}

		@GetMapping("/plain")
		void plain(HttpServletResponse response) throws Exception {
			write(response, 404, "application/json", null, "{\"error\":\"Not Found\"}");
		}

		@GetMapping("/other-trace")
		void otherTrace(HttpServletResponse response) throws Exception {
			write(response, 404, "application/problem+json", "0af7651916cd43dd8448eb211c80319c", NOT_FOUND);
		}

		@GetMapping("/false-200")
		void false200(HttpServletResponse response) throws Exception {
			write(response, 200, "application/problem+json", null, NOT_FOUND);
		}

		private static void write(HttpServletResponse response, int status, String contentType, String traceId,
				String body) throws Exception {
			response.setStatus(status);
			response.setContentType(contentType);
			if (traceId != null) {
				response.setHeader("X-Trace-Id", traceId);
			}
			response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
		}

	}

}

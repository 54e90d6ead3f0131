package io.github.problemdetails.test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.sun.net.httpserver.HttpServer;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static io.github.problemdetails.test.ProblemAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link ProblemAssertions} with the results of {@link MockMvcTester} and
 * {@link RestTestClient}, a servlet response, and the JDK's {@link HttpClient} against a server on
 * 127.0.0.1.
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

	@Test
	void readsAServletResponse() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		TestController.write(response, 404, "application/problem+json", "4bf92f3577b34da6a3ce929d0e0e4736", NOT_FOUND);
		response.addHeader("Link", "</orders>; rel=\"collection\"");
		response.addHeader("Link", "</help>; rel=\"help\"");
		assertThat(response).hasHeader("Link", "</orders>; rel=\"collection\"", "</help>; rel=\"help\"")
			.isProblem()
			.hasStatus(404)
			.hasTraceId();
	}

	@Test
	void readsTheResponseOfTheJdkHttpClient() throws Exception {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/orders/42", (exchange) -> {
			byte[] body = NOT_FOUND.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
			exchange.getResponseHeaders().add("X-Trace-Id", "4bf92f3577b34da6a3ce929d0e0e4736");
			exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer");
			exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"orders\"");
			exchange.sendResponseHeaders(404, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		server.start();
		try {
			URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/orders/42");
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(response).hasChallenge("Bearer", "Basic realm=\"orders\"")
				.doesNotLeak()
				.isProblem()
				.hasStatus(404)
				.hasInstance("/orders/42")
				.hasW3cTraceId();
		}
		finally {
			server.stop(0);
		}
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

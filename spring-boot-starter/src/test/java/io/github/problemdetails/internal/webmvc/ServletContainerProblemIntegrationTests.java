package io.github.problemdetails.internal.webmvc;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import io.github.problemdetails.testsupport.TestApplicationWithoutSecurity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;
import org.springframework.web.multipart.MultipartFile;

import static io.github.problemdetails.test.ProblemAssertions.assertThat;
import static io.github.problemdetails.test.ProblemAssertions.assertThatProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failures that only a real servlet container shows: the wire format, upload limits, async
 * timeouts, and that Tomcat itself logs nothing more.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "spring.servlet.multipart.max-file-size=1KB",
				"spring.servlet.multipart.max-request-size=2KB", "spring.mvc.async.request-timeout=100ms",
				"server.tomcat.max-http-form-post-size=1KB" })
@ExtendWith(OutputCaptureExtension.class)
class ServletContainerProblemIntegrationTests {

	private static final String TRACEPARENT = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void bugAnswers500OnTheWireAndIsLoggedExactlyOnce(CapturedOutput output) throws Exception {
		HttpResponse<String> response = send(request("/crash").header("traceparent", TRACEPARENT).GET());
		assertThat(response).doesNotLeak("ledger")
			.isProblem()
			.hasStatus(500)
			.hasDetail()
			.hasInstance("/crash")
			.hasTraceId("0af7651916cd43dd8448eb211c80319c");
		assertContentLengthIsTheBodys(response);
		assertThat(output.getAll()).containsOnlyOnce("ledger 12 is locked")
			.contains("[traceId=0af7651916cd43dd8448eb211c80319c]")
			.doesNotContain("Servlet.service()");
	}

	@Test
	void wrongMethodAnswers405WithAllowOnTheWire() throws Exception {
		HttpResponse<String> response = send(request("/crash").DELETE());
		assertThat(response).hasAllowedMethods("GET")
			.doesNotLeak()
			.isProblem()
			.hasStatus(405)
			.hasDetail()
			.hasInstance("/crash")
			.hasTraceId();
		assertContentLengthIsTheBodys(response);
	}

	@Test
	void tooLargeUploadAnswers413() throws Exception {
		String boundary = "problem-details-boundary";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n"
				+ "Content-Type: text/plain\r\n\r\n" + "x".repeat(4096) + "\r\n--" + boundary + "--\r\n";
		HttpResponse<String> response = send(request("/uploads")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body)));
		assertThat(response).doesNotLeak()
			.isProblem()
			.hasStatus(413)
			.hasTitle("Content Too Large")
			.hasDetail()
			.hasInstance("/uploads")
			.hasTraceId();
		assertContentLengthIsTheBodys(response);
	}

	@Test
	void formBodyOverTomcatsLimitAnswers413() throws Exception {
		HttpResponse<String> response = send(request("/forms")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("note=" + "x".repeat(4096))));
		assertThat(response).doesNotLeak()
			.isProblem()
			.hasStatus(413)
			.hasTitle("Content Too Large")
			.hasDetail()
			.hasInstance("/forms")
			.hasTraceId();
		assertContentLengthIsTheBodys(response);
	}

	@Test
	void asyncTimeoutAnswers503() throws Exception {
		HttpResponse<String> response = send(request("/slow").GET());
		assertThat(response).doesNotLeak().isProblem().hasStatus(503).hasDetail().hasInstance("/slow").hasTraceId();
		assertContentLengthIsTheBodys(response);
	}

	@Test
	void headerTooLargeIsRejectedByTomcatWithAProblem() throws Exception {
		HttpResponse<String> response = send(request("/crash").header("traceparent", TRACEPARENT)
			.header("X-Oversized", "x".repeat(20_000))
			.GET());
		assertThat(response).doesNotLeak()
			.isProblem()
			.hasStatus(400)
			.hasDetail()
			.hasInstance("/crash")
			.hasTraceId("0af7651916cd43dd8448eb211c80319c");
		assertContentLengthIsTheBodys(response);
	}

	@Test
	void malformedRequestLineIsRejectedByTomcatWithAProblem() throws Exception {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(5000);
			socket.getOutputStream()
				.write("G@T /crash HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
			String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(answer).startsWith("HTTP/1.1 400").contains("Content-Type: application/problem+json");
			String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
			assertThatProblem(body).doesNotLeak().isProblem().hasStatus(400).hasTitle("Bad Request");
		}
	}

	private static void assertContentLengthIsTheBodys(HttpResponse<String> response) {
		assertThat(response.headers().firstValueAsLong("Content-Length"))
			.hasValue(response.body().getBytes(StandardCharsets.UTF_8).length);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@RestController
	static class ContainerController {

		@GetMapping("/crash")
		String crash() {
			throw new IllegalStateException("ledger 12 is locked");
		}

		@PostMapping("/uploads")
		long upload(@RequestParam MultipartFile file) {
			return file.getSize();
		}

		@PostMapping("/forms")
		String form(@RequestParam String note) {
			return note;
		}

		@GetMapping("/slow")
		DeferredResult<String> slow() {
			return new DeferredResult<>();
		}

	}

	@TestApplicationWithoutSecurity
	@Import(ContainerController.class)
	static class ContainerApplication {

	}

}

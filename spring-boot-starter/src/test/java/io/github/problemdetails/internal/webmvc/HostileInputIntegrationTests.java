package io.github.problemdetails.internal.webmvc;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.UnaryOperator;

import io.github.problemdetails.testsupport.TestApplicationWithoutSecurity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static io.github.problemdetails.test.ProblemAssertions.assertThat;
import static io.github.problemdetails.test.ProblemAssertions.assertThatProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failures caused by the request's bytes, on a real server: each a 4xx problem with a fixed detail, logged once,
 * and never a stack trace in the log. The robustness suite of the sample app covers every family; these are the
 * cases the starter fixes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "logging.level.io.github.problemdetails.internal.logging=debug" })
@ExtendWith(OutputCaptureExtension.class)
class HostileInputIntegrationTests {

	private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

	private static final String TRACEPARENT = "00-" + TRACE_ID + "-00f067aa0ba902b7-01";

	private static final String JSON_POST = "POST /notes HTTP/1.1\r\nHost: localhost\r\ntraceparent: " + TRACEPARENT
			+ "\r\nContent-Type: application/json\r\nConnection: close\r\n";

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@ParameterizedTest
	@ValueSource(strings = { "*/*", "application/*", "application/json; charset=no-such-charset", "json" })
	void bodyOfAContentTypeNothingCanUseAnswers415WithTheRoutesTypes(String contentType) throws Exception {
		HttpResponse<String> response = send("/notes", (request) -> request.header("Content-Type", contentType)
			.POST(BodyPublishers.ofString("{\"text\":\"hi\"}")));
		assertThat(response.headers().firstValue("Accept")).hasValueSatisfying(
				(accept) -> assertThat(accept).startsWith("application/json"));
		assertThat(response).doesNotLeak()
			.isProblem()
			.hasStatus(415)
			.hasInstance("/notes");
	}

	@Test
	void requestWithoutBodyIsServedWhateverItsContentTypeAndAccept() throws Exception {
		HttpResponse<String> response = send("/notes/1",
				(request) -> request.header("Content-Type", "*/*").setHeader("Accept", "\u00e9/\u00e9").GET());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("note 1");
	}

	// Spring Boot's welcome page mapping would log a warning for the Accept of any request to an unknown path.
	@Test
	void acceptNothingCanUseIsDisregardedWithoutAWarning(CapturedOutput output) throws Exception {
		HttpResponse<String> response = send("/no/such/path",
				(request) -> request.setHeader("Accept", "\u00e9/\u00e9").GET());
		assertThat(response).doesNotLeak().isProblem().hasStatus(404);
		assertThat(output.getAll()).doesNotContain("Received invalid Accept header");
	}

	@ParameterizedTest
	@ValueSource(strings = { "multipart/form-data", "multipart/form-data; boundary=frontier" })
	void malformedMultipartBodyAnswers400(String contentType) throws Exception {
		String unterminated = "--frontier\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nhi\r\n";
		HttpResponse<String> response = send("/notes", (request) -> request.header("Content-Type", contentType)
			.POST(BodyPublishers.ofString(unterminated)));
		assertThat(response).doesNotLeak()
			.isProblem()
			.hasStatus(400)
			.hasDetail("The multipart body is malformed.")
			.hasInstance("/notes");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
			"Transfer-Encoding: chunked\r\n\r\n1\r\n{}\r\n0\r\n\r\n" })
	void brokenChunkedBodyIsAnsweredOnceAndLoggedOnce(String framing, CapturedOutput output) throws Exception {
		String answer = exchange(JSON_POST + framing, false);
		assertAnsweredWith400AndLoggedOnce(answer, output);
	}

	@Test
	void bodyCutShortIsAnsweredOnceAndLoggedOnce(CapturedOutput output) throws Exception {
		String answer = exchange(JSON_POST + "Content-Length: 100\r\n\r\n{\"text\":", true);
		assertAnsweredWith400AndLoggedOnce(answer, output);
	}

	// The message of Spring's validation exception quotes every rejected value: a megabyte of it, here.
	@Test
	void longValueInABodyIsCutInTheLogLine(CapturedOutput output) throws Exception {
		String text = "x".repeat(1024 * 1024);
		HttpResponse<String> response = send("/notes/checked", (request) -> request
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString("{\"text\":\"" + text + "\"}")));
		assertThat(response).doesNotLeak().isProblem().hasStatus(422);
		assertThat(output.getAll().lines().filter((line) -> line.contains(" answered 422: ")))
			.singleElement()
			.satisfies((line) -> assertThat(line).hasSizeLessThan(1024));
		assertThat(output.getAll()).doesNotContain("x".repeat(1000));
	}

	@Test
	void malformedRequestLineIsAnsweredWithoutTomcatsStackTrace(CapturedOutput output) throws Exception {
		String answer = exchange("G@T /notes HTTP/1.1\r\nHost: localhost\r\n\r\n", false);
		assertThat(answer).startsWith("HTTP/1.1 400");
		assertThatProblem(body(answer)).doesNotLeak().isProblem().hasStatus(400);
		assertThat(output.getAll()).doesNotContain("Error parsing HTTP request header")
			.doesNotContain("\tat org.apache")
			.containsOnlyOnce(" answered 400: ");
	}

	private static void assertAnsweredWith400AndLoggedOnce(String answer, CapturedOutput output) {
		assertThat(answer).startsWith("HTTP/1.1 400");
		assertThatProblem(body(answer)).doesNotLeak()
			.isProblem()
			.hasStatus(400)
			.hasType("about:blank")
			.hasInstance("/notes")
			.hasTraceId(TRACE_ID);
		assertThat(output.getAll().lines().filter((line) -> line.contains(" answered ")))
			.singleElement()
			.satisfies((line) -> assertThat(line).contains("POST /notes answered 400"));
	}

	// The server closes the connection after a broken request: its answer is all that arrives.
	private String exchange(String request, boolean endAfterRequest) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(5000);
			socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
			if (endAfterRequest) {
				socket.shutdownOutput();
			}
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String body(String answer) {
		return answer.substring(answer.indexOf("\r\n\r\n") + 4);
	}

	private HttpResponse<String> send(String path, UnaryOperator<HttpRequest.Builder> request) throws Exception {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		return this.client.send(request.apply(builder).build(), HttpResponse.BodyHandlers.ofString());
	}

	@RestController
	static class NoteController {

		@PostMapping("/notes")
		String create(@RequestBody Map<String, String> note) {
			return note.get("text");
		}

		@GetMapping("/notes/1")
		String one() {
			return "note 1";
		}

		@PostMapping("/notes/checked")
		String checked(@Valid @RequestBody Note note) {
			return note.text();
		}

	}

	record Note(@Size(max = 10) String text) {

	}

	@TestApplicationWithoutSecurity
	@Import(NoteController.class)
	static class NoteApplication {

	}

}

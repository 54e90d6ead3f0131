package io.github.problemdetails.internal.webmvc;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import static io.github.problemdetails.testsupport.ProblemResponses.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exceptions that are not ours: bugs (500), and Spring's own ways of choosing a status.
 */
@WebMvcTest(properties = "problem-details.type-base-uri=https://errors.example.com/")
@ExtendWith(OutputCaptureExtension.class)
class UnexpectedProblemTests {

	private static final String SECRET = "SELECT card_number FROM cards WHERE owner = 'admin'";

	@Autowired
	private MockMvcTester mvc;

	@Test
	void bugAnswers500WithGenericDetail() throws Exception {
		MockHttpServletResponse response = get("/bug");
		JsonNode problem = assertProblem(response, 500, "/bug");
		assertThat(problem.path("type").asString()).isEqualTo("https://errors.example.com/internal-error");
		assertThat(problem.path("title").asString()).isEqualTo("Internal server error");
		assertThat(problem.path("detail").asString())
			.isEqualTo("An unexpected error occurred. Quote the trace ID when you report it.");
		assertThat(response.getContentAsString()).doesNotContain("card_number", "IllegalStateException");
	}

	@Test
	void errorAnswers500() throws Exception {
		MockHttpServletResponse response = get("/error-thrown");
		assertProblem(response, 500, "/error-thrown");
		assertThat(response.getContentAsString()).doesNotContain("AssertionError", "card_number");
	}

	@Test
	void responseStatusAnnotationChoosesTheStatus() throws Exception {
		JsonNode problem = assertProblem(get("/annotated"), 409, "/annotated");
		assertThat(problem.path("type").asString()).isEqualTo("https://errors.example.com/conflict");
		assertThat(problem.path("detail").asString()).doesNotContain("card_number");
	}

	@Test
	void responseStatusExceptionChoosesTheStatusAndShowsTheReasonOfAClientError() throws Exception {
		JsonNode problem = assertProblem(get("/response-status"), 404, "/response-status");
		assertThat(problem.path("type").asString()).isEqualTo("https://errors.example.com/not-found");
		assertThat(problem.path("detail").asString()).isEqualTo("No edition 7 of this book exists.");
	}

	@Test
	void responseStatusExceptionNeverShowsTheReasonOfAServerError() throws Exception {
		MockHttpServletResponse response = get("/response-status-down");
		JsonNode problem = assertProblem(response, 503, "/response-status-down");
		assertThat(problem.path("detail").asString())
			.isEqualTo("The service is temporarily unavailable; retry later.");
		assertThat(response.getContentAsString()).doesNotContain("card_number");
	}

	@Test
	void errorResponseKeepsItsStatusAndHeaders() throws Exception {
		MockHttpServletResponse response = get("/error-response");
		assertProblem(response, 503, "/error-response");
		assertThat(response.getHeader("Retry-After")).isEqualTo("60");
	}

	@Test
	void errorResponseWithSuccessStatusNeverAnswersSuccess() throws Exception {
		assertProblem(get("/error-response-ok"), 500, "/error-response-ok");
	}

	@Test
	void clientThatHasGoneIsNeitherAnsweredNorLogged(CapturedOutput output) throws Exception {
		MockHttpServletResponse response = get("/broken-pipe");
		assertThat(response.getContentType()).isNull();
		assertThat(response.getContentAsString()).isEmpty();
		assertThat(output.getAll()).doesNotContain("Broken pipe");
	}

	private MockHttpServletResponse get(String path) {
		return this.mvc.get().uri(path).exchange().getResponse();
	}

	@ResponseStatus(value = HttpStatus.CONFLICT, reason = SECRET)
	static class AnnotatedException extends RuntimeException {

		AnnotatedException() {
			super(SECRET);
		}

	}

	@RestController
	static class FailingController {

		@GetMapping("/bug")
		String bug() {
			throw new IllegalStateException(SECRET);
		}

		@GetMapping("/error-thrown")
		String error() {
			throw new AssertionError(SECRET);
		}

		@GetMapping("/annotated")
		String annotated() {
			throw new AnnotatedException();
		}

		@GetMapping("/response-status")
		String responseStatus() {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No edition 7 of this book exists.");
		}

		@GetMapping("/response-status-down")
		String responseStatusDown() {
			throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, SECRET);
		}

		@GetMapping("/error-response")
		String errorResponse() {
			ErrorResponseException exception = new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE);
			exception.getHeaders().set("Retry-After", "60");
			throw exception;
		}

		@GetMapping("/broken-pipe")
		String brokenPipe() throws IOException {
			throw new IOException("Broken pipe");
		}

		@GetMapping("/error-response-ok")
		String errorResponseOk() {
			throw new ErrorResponseException(HttpStatus.OK);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Import(FailingController.class)
	static class Config {

	}

}

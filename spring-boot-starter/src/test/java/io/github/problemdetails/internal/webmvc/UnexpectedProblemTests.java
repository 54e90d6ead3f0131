package io.github.problemdetails.internal.webmvc;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import static io.github.problemdetails.test.ProblemAssertions.assertThat;
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
	void bugAnswers500WithGenericDetail() {
		assertThat(get("/bug")).doesNotLeak("card_number", "IllegalStateException")
			.isProblem()
			.hasStatus(500)
			.hasType("https://errors.example.com/internal-error")
			.hasTitle("Internal server error")
			.hasDetail("An unexpected error occurred. Quote the trace ID when you report it.")
			.hasInstance("/bug")
			.hasTraceId();
	}

	@Test
	void errorAnswers500() {
		assertThat(get("/error-thrown")).doesNotLeak("AssertionError", "card_number")
			.isProblem()
			.hasStatus(500)
			.hasDetail()
			.hasInstance("/error-thrown")
			.hasTraceId();
	}

	@Test
	void responseStatusAnnotationChoosesTheStatus() {
		assertThat(get("/annotated")).doesNotLeak("card_number")
			.isProblem()
			.hasStatus(409)
			.hasType("https://errors.example.com/conflict")
			.hasDetail()
			.hasInstance("/annotated")
			.hasTraceId();
	}

	@Test
	void responseStatusExceptionChoosesTheStatusAndShowsTheReasonOfAClientError() {
		assertThat(get("/response-status")).doesNotLeak()
			.isProblem()
			.hasStatus(404)
			.hasType("https://errors.example.com/not-found")
			.hasDetail("No edition 7 of this book exists.")
			.hasInstance("/response-status")
			.hasTraceId();
	}

	@Test
	void responseStatusExceptionNeverShowsTheReasonOfAServerError() {
		assertThat(get("/response-status-down")).doesNotLeak("card_number")
			.isProblem()
			.hasStatus(503)
			.hasDetail("The service is temporarily unavailable; retry later.")
			.hasInstance("/response-status-down")
			.hasTraceId();
	}

	@Test
	void errorResponseKeepsItsStatusAndHeaders() {
		assertThat(get("/error-response")).hasRetryAfter(60)
			.doesNotLeak()
			.isProblem()
			.hasStatus(503)
			.hasDetail()
			.hasInstance("/error-response")
			.hasTraceId();
	}

	@Test
	void errorResponseWithSuccessStatusNeverAnswersSuccess() {
		assertThat(get("/error-response-ok")).doesNotLeak()
			.isProblem()
			.hasStatus(500)
			.hasDetail()
			.hasInstance("/error-response-ok")
			.hasTraceId();
	}

	@Test
	void clientThatHasGoneIsNeitherAnsweredNorLogged(CapturedOutput output) throws Exception {
		MockHttpServletResponse response = get("/broken-pipe").getResponse();
		assertThat(response.getContentType()).isNull();
		assertThat(response.getContentAsString()).isEmpty();
		assertThat(output.getAll()).doesNotContain("Broken pipe");
	}

	private MvcTestResult get(String path) {
		return this.mvc.get().uri(path).exchange();
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

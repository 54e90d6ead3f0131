package io.github.problemdetails.internal.webmvc;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An advice that extends {@link ResponseEntityExceptionHandler} and overrides a method that
 * every answer goes through keeps answering all of Spring MVC's exceptions, and the starter
 * says so once, at startup, naming it.
 */
@WebMvcTest
@ExtendWith(OutputCaptureExtension.class)
class ResponseEntityExceptionHandlerAdviceTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void adviceThatShapesEveryAnswerKeepsAnsweringSpringMvcsExceptions() throws Exception {
		MockHttpServletResponse response = this.mvc.get().uri("/shelves").exchange().getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString()).isEqualTo("{\"error\":\"400 BAD_REQUEST\"}");
		assertThat(this.mvc.delete().uri("/shelves").exchange().getResponse().getContentAsString())
			.isEqualTo("{\"error\":\"405 METHOD_NOT_ALLOWED\"}");
	}

	@Test
	void saysOnceAtStartupWhatItCannotTakeBack(CapturedOutput output) {
		assertThat(output.getAll()).containsOnlyOnce(EnvelopeAdvice.class.getName() + " overrides "
				+ "[handleExceptionInternal] of ResponseEntityExceptionHandler");
	}

	@RestController
	static class ShelvesController {

		@GetMapping("/shelves")
		String shelves(@RequestParam String floor) {
			return floor;
		}

	}

	@RestControllerAdvice
	static class EnvelopeAdvice extends ResponseEntityExceptionHandler {

		@Override
		protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
				HttpStatusCode statusCode, WebRequest request) {
			return ResponseEntity.status(statusCode).headers(headers).body(Map.of("error", statusCode.toString()));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Import({ ShelvesController.class, EnvelopeAdvice.class })
	static class Config {

	}

}

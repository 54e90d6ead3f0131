package io.github.problemdetails.internal.logging;

import io.github.problemdetails.core.exception.NotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each failure is logged once, with its trace ID: server errors at ERROR with the stack trace,
 * client errors at DEBUG without one.
 */
@WebMvcTest(properties = "logging.level.io.github.problemdetails=debug")
@ExtendWith(OutputCaptureExtension.class)
class LoggingProblemTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void serverErrorIsLoggedOnceAtErrorWithStackTraceAndTraceId(CapturedOutput output) {
		MockHttpServletResponse response = this.mvc.get().uri("/crash").header("X-Request-Id", "crash-1").exchange()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(500);
		String log = output.getAll();
		assertThat(log).containsOnlyOnce("disk quota exceeded on volume 7");
		assertThat(log).contains("ERROR").contains("GET /crash answered 500 [traceId=crash-1]");
		assertThat(log).contains("java.lang.IllegalStateException: disk quota exceeded on volume 7")
			.contains("\tat io.github.problemdetails.internal.logging.LoggingProblemTests$FailingController.crash");
	}

	@Test
	void clientErrorIsLoggedOnceAtDebugWithoutStackTrace(CapturedOutput output) {
		MockHttpServletResponse response = this.mvc.get().uri("/absent").header("X-Request-Id", "absent-1").exchange()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(404);
		String log = output.getAll();
		assertThat(log).containsOnlyOnce("No widget with id '9' exists.");
		assertThat(log).contains("DEBUG").contains("GET /absent answered 404").contains("[traceId=absent-1]");
		assertThat(log).doesNotContain("\tat io.github.problemdetails.internal.logging.LoggingProblemTests");
	}

	@RestController
	static class FailingController {

		@GetMapping("/crash")
		String crash() {
			throw new IllegalStateException("disk quota exceeded on volume 7");
		}

		@GetMapping("/absent")
		String absent() {
			throw new NotFoundException("widget", 9);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Import(FailingController.class)
	static class Config {

	}

}

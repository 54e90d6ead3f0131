package io.github.problemdetails.internal.logging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A repeat window of {@code 0} logs every server error with its stack trace, also the same
 * failure again and again.
 */
@WebMvcTest(properties = "problem-details.logging.repeat-window=0")
@ExtendWith(OutputCaptureExtension.class)
class StackTracePerFailureLoggingProblemTests {

	private static final String FRAME = "\tat io.github.problemdetails.internal.logging."
			+ "StackTracePerFailureLoggingProblemTests$FailingController.database";

	@Autowired
	private MockMvcTester mvc;

	@Test
	void everyRepeatIsLoggedWithItsStackTrace(CapturedOutput output) {
		for (int i = 1; i <= 3; i++) {
			int before = output.getAll().length();
			assertThat(this.mvc.get().uri("/database").header("X-Request-Id", "every-" + i).exchange().getResponse()
				.getStatus()).isEqualTo(500);
			assertThat(output.getAll().substring(before)).contains("GET /database answered 500 [traceId=every-" + i + "]")
				.contains(FRAME)
				.doesNotContain("repeat");
		}
	}

	@RestController
	static class FailingController {

		@GetMapping("/database")
		String database() {
			throw new IllegalStateException("connection refused");
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Import(FailingController.class)
	static class Config {

	}

}

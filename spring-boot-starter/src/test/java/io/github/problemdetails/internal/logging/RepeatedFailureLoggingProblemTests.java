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
 * By default, a burst of the same server error logs one stack trace and one line per repeat
 * that names the trace ID under which the stack trace is logged; each 500 still has its own
 * ERROR line.
 */
@WebMvcTest
@ExtendWith(OutputCaptureExtension.class)
class RepeatedFailureLoggingProblemTests {

	private static final String FRAME = "\tat io.github.problemdetails.internal.logging.RepeatedFailureLoggingProblemTests$";

	@Autowired
	private MockMvcTester mvc;

	// The logger remembers failures for the context's lifetime: each test fails on endpoints of its own.

	@Test
	void repeatOfAServerErrorIsLoggedInOneLineReferringToTheFirst(CapturedOutput output) {
		assertThat(crash("/database", "burst-1")).isEqualTo(500);
		int afterFirst = output.getAll().length();
		assertThat(output.getAll()).contains("GET /database answered 500 [traceId=burst-1]").contains(FRAME);
		assertThat(crash("/database", "burst-2")).isEqualTo(500);
		assertThat(crash("/database", "burst-3")).isEqualTo(500);
		String repeats = output.getAll().substring(afterFirst);
		assertThat(repeats).contains("ERROR")
			.contains("GET /database answered 500: java.lang.IllegalStateException: connection refused "
					+ "[traceId=burst-2], repeat 1 of the failure logged with its stack trace for traceId=burst-1")
			.contains("[traceId=burst-3], repeat 2 of the failure logged with its stack trace for traceId=burst-1")
			.doesNotContain(FRAME);
		assertThat(repeats.lines().count()).isEqualTo(2);
	}

	@Test
	void otherServerErrorIsLoggedWithItsOwnStackTrace(CapturedOutput output) {
		assertThat(crash("/network", "mixed-1")).isEqualTo(500);
		int afterFirst = output.getAll().length();
		assertThat(crash("/disk", "mixed-2")).isEqualTo(500);
		assertThat(output.getAll().substring(afterFirst)).contains("GET /disk answered 500 [traceId=mixed-2]")
			.contains("java.lang.IllegalStateException: connection refused")
			.contains(FRAME + "FailingController.disk");
	}

	private int crash(String path, String traceId) {
		return this.mvc.get().uri(path).header("X-Request-Id", traceId).exchange().getResponse().getStatus();
	}

	@RestController
	static class FailingController {

		@GetMapping("/database")
		String database() {
			throw new IllegalStateException("connection refused");
		}

		@GetMapping("/network")
		String network() {
			throw new IllegalStateException("connection refused");
		}

		@GetMapping("/disk")
		String disk() {
			throw new IllegalStateException("connection refused");
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Import(FailingController.class)
	static class Config {

	}

}

package io.github.problemdetails.internal.logging;

import io.github.problemdetails.core.exception.ConflictException;
import io.github.problemdetails.core.exception.NotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.MDC;

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
 * Log levels per status class and per status, and stack traces switched off for server
 * errors, taken from configuration; the MDC key of the trace ID too.
 */
@WebMvcTest(properties = { "problem-details.logging.levels.4xx=warn", "problem-details.logging.levels.404=off",
		"problem-details.logging.stack-traces.5xx=false", "problem-details.trace-id.mdc-key=requestId",
		"problem-details.trace-id.request-headers=X-Correlation-Id, traceparent" })
@ExtendWith(OutputCaptureExtension.class)
class LogPolicyProblemTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void statusClassLevelApplies(CapturedOutput output) {
		this.mvc.get().uri("/conflict").header("X-Correlation-Id", "corr-1").exchange();
		assertThat(output.getAll()).contains("WARN").contains("GET /conflict answered 409").contains("corr-1");
	}

	@Test
	void statusLevelWinsOverItsClass(CapturedOutput output) {
		this.mvc.get().uri("/missing").exchange();
		assertThat(output.getAll()).doesNotContain("GET /missing answered");
	}

	@Test
	void serverErrorWithoutStackTraceIsOneLine(CapturedOutput output) {
		this.mvc.get().uri("/crash").exchange();
		assertThat(output.getAll()).contains("ERROR")
			.contains("GET /crash answered 500: java.lang.IllegalStateException: pool exhausted")
			.doesNotContain("\tat io.github.problemdetails.internal.logging.LogPolicyProblemTests");
	}

	@Test
	void configuredHeadersAreReadInOrderAndTheMdcKeyIsUsed() throws Exception {
		String body = this.mvc.get().uri("/mdc").header("X-Correlation-Id", "corr-2")
			.header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01").exchange().getResponse()
			.getContentAsString();
		assertThat(body).isEqualTo("corr-2");
	}

	@RestController
	static class FailingController {

		@GetMapping("/conflict")
		String conflict() {
			throw new ConflictException("The order is already shipped.");
		}

		@GetMapping("/missing")
		String missing() {
			throw new NotFoundException("order", 1);
		}

		@GetMapping("/crash")
		String crash() {
			throw new IllegalStateException("pool exhausted");
		}

		@GetMapping("/mdc")
		String mdc() {
			return MDC.get("requestId");
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Import(FailingController.class)
	static class Config {

	}

}

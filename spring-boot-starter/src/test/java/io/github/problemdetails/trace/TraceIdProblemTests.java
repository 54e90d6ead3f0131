package io.github.problemdetails.trace;

import java.util.Map;

import io.github.problemdetails.core.exception.NotFoundException;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static io.github.problemdetails.test.ProblemAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trace ID of a request, in the order the contract gives: {@code traceparent},
 * {@code X-Request-Id}, generated; echoed in body, header and MDC.
 */
@WebMvcTest
class TraceIdProblemTests {

	private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

	@Autowired
	private MockMvcTester mvc;

	@Test
	void traceparentGivesTheTraceId() {
		assertThat(this.mvc.get().uri("/missing").header("traceparent", TRACEPARENT).header("X-Request-Id", "req-1"))
			.doesNotLeak()
			.isProblem()
			.hasStatus(404)
			.hasDetail()
			.hasInstance("/missing")
			.hasTraceId("4bf92f3577b34da6a3ce929d0e0e4736");
	}

	@Test
	void requestIdIsUsedWithoutTraceparent() {
		assertThat(this.mvc.get().uri("/missing").header("X-Request-Id", "checkout-7f3a.2")).doesNotLeak()
			.isProblem()
			.hasStatus(404)
			.hasDetail()
			.hasInstance("/missing")
			.hasTraceId("checkout-7f3a.2");
	}

	@Test
	void malformedIncomingIdsAreIgnoredNotReflected() {
		assertThat(this.mvc.get()
			.uri("/missing")
			.header("traceparent", "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01")
			.header("X-Request-Id", "<script>alert(1)</script>")).doesNotLeak("script", "4BF92F")
			.isProblem()
			.hasStatus(404)
			.hasDetail()
			.hasInstance("/missing")
			.hasW3cTraceId();
	}

	@Test
	void generatedIdsDifferPerRequest() {
		String first = generatedTraceId();
		String second = generatedTraceId();
		assertThat(first).isNotEqualTo(second);
	}

	@Test
	void successResponsesCarryTheTraceIdInHeaderAndMdc() throws Exception {
		MockHttpServletResponse response = this.mvc.get().uri("/mdc").header("traceparent", TRACEPARENT).exchange()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader("X-Trace-Id")).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
		assertThat(response.getContentAsString()).contains("\"traceId\":\"4bf92f3577b34da6a3ce929d0e0e4736\"");
		assertThat(MDC.get("traceId")).isNull();
	}

	@Test
	void aRequestLeavesTheMdcAsItFoundIt() throws Exception {
		try {
			MDC.put("traceId", "outer-1");
			assertThat(bodyOfMdcRequest()).contains("\"traceId\":\"4bf92f3577b34da6a3ce929d0e0e4736\"");
			assertThat(MDC.get("traceId")).isEqualTo("outer-1");
			// As a tracer's scope shows it: the request's own ID, which stays for the scope to remove.
			MDC.put("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
			assertThat(bodyOfMdcRequest()).contains("\"traceId\":\"4bf92f3577b34da6a3ce929d0e0e4736\"");
			assertThat(MDC.get("traceId")).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
		}
		finally {
			MDC.remove("traceId");
		}
	}

	private String bodyOfMdcRequest() throws Exception {
		MockHttpServletResponse response = this.mvc.get().uri("/mdc").header("traceparent", TRACEPARENT).exchange()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

	private String generatedTraceId() {
		MvcTestResult result = this.mvc.get().uri("/missing").exchange();
		assertThat(result).doesNotLeak()
			.isProblem()
			.hasStatus(404)
			.hasDetail()
			.hasInstance("/missing")
			.hasW3cTraceId();
		return result.getResponse().getHeader("X-Trace-Id");
	}

	@RestController
	static class TracedController {

		@GetMapping("/missing")
		String missing() {
			throw new NotFoundException("No such thing.");
		}

		@GetMapping("/mdc")
		Map<String, String> mdc() {
			return Map.of("traceId", MDC.get("traceId"));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Import(TracedController.class)
	static class Config {

	}

}

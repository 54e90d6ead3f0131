package io.github.problemdetails.trace;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.problemdetails.core.exception.ConflictException;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.MDC;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import static io.github.problemdetails.test.ProblemAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With Micrometer Tracing's OpenTelemetry bridge, as spring-boot-starter-opentelemetry sets it up: the trace ID
 * of the problem body, of the response header, of the logging MDC and of the exported server span are one, and
 * the span of a failed request is marked failed, once.
 */
@SpringBootTest(classes = OpenTelemetryTracingIntegrationTests.TracedApplication.class,
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "management.tracing.sampling.probability=1.0",
				"spring.application.name=traced" })
@ExtendWith(OutputCaptureExtension.class)
class OpenTelemetryTracingIntegrationTests {

	private static final InMemorySpanExporter spans = InMemorySpanExporter.create();

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private TracedController controller;

	@BeforeEach
	void reset() {
		spans.reset();
		this.controller.mdcTraceIds.clear();
	}

	@Test
	void bodyHeaderMdcLogAndSpanShareTheTraceIdAndTheSpanIsFailed(CapturedOutput output) throws Exception {
		HttpResponse<String> response = get("/traced/broken", null);

		assertThat(response).doesNotLeak("ledger")
			.isProblem()
			.hasStatus(500)
			.hasDetail()
			.hasInstance("/traced/broken")
			.hasW3cTraceId();
		String traceId = response.headers().firstValue("X-Trace-Id").orElseThrow();
		assertThat(this.controller.mdcTraceIds).containsEntry("broken", traceId);
		SpanData span = serverSpan(traceId);
		assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
		assertThat(span.getEvents()).filteredOn((event) -> event.getName().equals("exception")).hasSize(1);
		// Boot's log correlation writes the span's IDs next to the starter's log line of the failure.
		assertThat(output.getOut().lines().filter((line) -> line.contains("ERROR") && line.contains(traceId)))
			.isNotEmpty();
	}

	@Test
	void incomingTraceparentIsContinuedBySpanAndProblem() throws Exception {
		String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";

		HttpResponse<String> response = get("/traced/conflict", "00-" + traceId + "-00f067aa0ba902b7-01");

		assertThat(response).doesNotLeak()
			.isProblem()
			.hasStatus(409)
			.hasDetail()
			.hasInstance("/traced/conflict")
			.hasTraceId(traceId);
		assertThat(this.controller.mdcTraceIds).containsEntry("conflict", traceId);
		// OpenTelemetry's HTTP conventions: a client error leaves the server span's status unset.
		assertThat(serverSpan(traceId).getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
	}

	@Test
	void requestIdHeaderGivesWayToTheSpan() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/traced/conflict"))
			.header("X-Request-Id", "caller-request-1")
			.build();

		HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response).doesNotLeak("caller-request-1")
			.isProblem()
			.hasStatus(409)
			.hasDetail()
			.hasInstance("/traced/conflict")
			.hasW3cTraceId();
		String traceId = response.headers().firstValue("X-Trace-Id").orElseThrow();
		assertThat(serverSpan(traceId).getTraceId()).isEqualTo(traceId);
	}

	private HttpResponse<String> get(String path, String traceparent) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		if (traceparent != null) {
			request.header("traceparent", traceparent);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	// The server span ends after the response is sent: wait for its export, bounded.
	private static SpanData serverSpan(String traceId) {
		return await().atMost(Duration.ofSeconds(10)).until(() -> {
			List<SpanData> server = spans.getFinishedSpanItems()
				.stream()
				.filter((span) -> span.getKind() == SpanKind.SERVER && span.getTraceId().equals(traceId))
				.toList();
			return server.isEmpty() ? null : server.get(0);
		}, (span) -> span != null);
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration(excludeName = {
			"org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
			"org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
			"org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
			"org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration" })
	@Import(TracedController.class)
	static class TracedApplication {

		// Exports each span as it ends, to memory.
		@Bean
		SpanProcessor inMemorySpanProcessor() {
			return SimpleSpanProcessor.create(spans);
		}

	}

	@RestController
	static class TracedController {

		final Map<String, String> mdcTraceIds = new ConcurrentHashMap<>();

		@GetMapping("/traced/{outcome}")
		String fail(@PathVariable String outcome) {
			this.mdcTraceIds.put(outcome, MDC.get("traceId"));
			if (outcome.equals("conflict")) {
				throw new ConflictException("Already reserved.");
			}
			throw new IllegalStateException("ledger is down");
		}

	}

}

package io.github.problemdetails.sample;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static io.github.problemdetails.sample.SampleHttp.TRACE_ID_HEADER;
import static io.github.problemdetails.sample.SampleHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two services in one sample: the orders side reserves stock at the inventory side over real HTTP. A 409 problem
 * deep down reaches the client as the configured passthrough, a 500 as a 502; each with one trace ID, in the
 * answer and in the log lines of both services.
 */
@ExtendWith(OutputCaptureExtension.class)
class SampleApplicationReservationIntegrationTests extends AbstractSampleIntegrationTests {

	@Test
	void reservationOfAnItemInStockAnswers201() throws Exception {
		HttpResponse<String> response = reserve("ABC-1");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		JsonNode reservation = json(response);
		assertThat(reservation.get("sku").asString()).isEqualTo("ABC-1");
		assertThat(reservation.get("quantity").asInt()).isEqualTo(2);
	}

	@Test
	void soldOutDeepDownPassesThroughAs409WithOneTraceId(CapturedOutput output) throws Exception {
		HttpResponse<String> response = reserve("SOLD-OUT-1");

		// The inventory's detail names its warehouse (a secret): not for the client's eyes unless configured.
		assertSampleProblem(response, 409, "conflict", "/orders/reservations/SOLD-OUT-1")
			.hasTitle("Conflict")
			.hasCode("OUT_OF_STOCK")
			.doesNotHaveMember("upstreamInstance");
		assertLoggedByBothServices(output, response.headers().firstValue(TRACE_ID_HEADER).orElseThrow(), "SOLD-OUT-1");
	}

	@Test
	void bugDeepDownAnswers502WithOneTraceId(CapturedOutput output) throws Exception {
		HttpResponse<String> response = reserve("BROKEN-1");

		assertSampleProblem(response, 502, "bad-gateway", "/orders/reservations/BROKEN-1")
			.doesNotHaveMember("code");
		String traceId = response.headers().firstValue(TRACE_ID_HEADER).orElseThrow();
		assertLoggedByBothServices(output, traceId, "BROKEN-1");
		// The inventory logs its bug with the stack trace, the orders side its bad gateway: both under one ID.
		assertThat(linesWith(output, traceId)).anyMatch((line) -> line.contains("ERROR") && line.contains("/inventory/"))
			.anyMatch((line) -> line.contains("ERROR") && line.contains("/orders/reservations/BROKEN-1"));
	}

	private HttpResponse<String> reserve(String sku) throws Exception {
		return this.http.send(this.http.request("/orders/reservations/" + sku + "?quantity=2")
			.POST(BodyPublishers.noBody()));
	}

	private static void assertLoggedByBothServices(CapturedOutput output, String traceId, String sku) {
		List<String> lines = linesWith(output, traceId);
		assertThat(lines).anyMatch((line) -> line.contains("Orders: asking the inventory service to reserve 2 of " + sku));
		assertThat(lines).anyMatch((line) -> line.contains("Inventory: reserving 2 of " + sku));
	}

	private static List<String> linesWith(CapturedOutput output, String traceId) {
		return output.getOut().lines().filter((line) -> line.contains("[" + traceId + "]")).toList();
	}

}

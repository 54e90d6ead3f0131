package io.github.problemdetails.sample;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.github.problemdetails.sample.SampleHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls to the inventory service through RestClient: the starter answers the upstream's failures with 502 and
 * its slowness with 504, and never passes on what it said.
 */
class SampleApplicationInventoryIntegrationTests extends AbstractSampleIntegrationTests {

	@Test
	void availableItemAnswers200() throws Exception {
		HttpResponse<String> response = this.http.get("/orders/availability/ABC-1");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode availability = json(response);
		assertThat(availability.get("sku").asString()).isEqualTo("ABC-1");
		assertThat(availability.get("available").asInt()).isEqualTo(
				json(this.http.get("/inventory/items/ABC-1")).get("available").asInt());
	}

	@Test
	void upstreamErrorAnswers502WithoutTheUpstreamBody() throws Exception {
		HttpResponse<String> upstream = this.http.get("/inventory/items/BROKEN-1");
		assertThat(upstream.statusCode()).isEqualTo(500);
		assertThat(upstream.body()).contains("inv-db-7");

		HttpResponse<String> response = this.http.get("/orders/availability/BROKEN-1");

		// Nor the upstream's status: anywhere but in the trace ID, whose random hex digits may spell it.
		assertSampleProblem(response, 502, "bad-gateway", "/orders/availability/BROKEN-1").hasTitle("Bad gateway")
			.satisfies((problem) -> assertThat(response.body().replace(problem.path("traceId").asString(), ""))
				.doesNotContain("500"));
	}

	@Test
	void slowUpstreamAnswers504() throws Exception {
		HttpResponse<String> response = this.http.get("/orders/availability/SLOW-1");

		assertSampleProblem(response, 504, "gateway-timeout", "/orders/availability/SLOW-1");
	}

}

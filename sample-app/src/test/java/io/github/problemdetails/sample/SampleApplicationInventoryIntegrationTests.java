package io.github.problemdetails.sample;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.github.problemdetails.sample.SampleHttp.assertProblem;
import static io.github.problemdetails.sample.SampleHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls to the inventory service through RestClient: the starter answers the upstream's failures with 502 and
 * its slowness with 504, and never passes on what it said.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SampleApplicationInventoryIntegrationTests {

	@LocalServerPort
	private int port;

	private SampleHttp http;

	@BeforeEach
	void setUp() {
		this.http = new SampleHttp(this.port);
	}

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

		JsonNode problem = assertProblem(response, 502, "bad-gateway", "/orders/availability/BROKEN-1");
		assertThat(problem.get("detail").asString()).isNotBlank();
		// The random trace ID may hold the digits 500 too; the upstream's status must not appear anywhere else.
		String withoutTraceId = response.body().replace(problem.get("traceId").asString(), "");
		assertThat(withoutTraceId).doesNotContain("inv-db-7", "Ledger", "500");
	}

	@Test
	void slowUpstreamAnswers504() throws Exception {
		HttpResponse<String> response = this.http.get("/orders/availability/SLOW-1");

		assertProblem(response, 504, "gateway-timeout", "/orders/availability/SLOW-1");
	}

}

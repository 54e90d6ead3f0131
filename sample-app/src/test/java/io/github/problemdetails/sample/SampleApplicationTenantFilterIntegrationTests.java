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
 * Exceptions thrown by the sample's own servlet filter in front of {@code /reports/*}, answered by the starter
 * although no controller is involved.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SampleApplicationTenantFilterIntegrationTests {

	@LocalServerPort
	private int port;

	private SampleHttp http;

	@BeforeEach
	void setUp() {
		this.http = new SampleHttp(this.port);
	}

	@Test
	void validTenantReachesTheReport() throws Exception {
		HttpResponse<String> response = this.http.send(this.http.request("/reports/summary").header("X-Tenant", "acme-2"));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(json(response).get("tenant").asString()).isEqualTo("acme-2");
	}

	@Test
	void noTenantReachesTheReport() throws Exception {
		HttpResponse<String> response = this.http.get("/reports/summary");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(json(response).get("tenant").isNull()).isTrue();
	}

	@Test
	void malformedTenantAnswers400FromTheFilter() throws Exception {
		HttpResponse<String> response = this.http
			.send(this.http.request("/reports/summary").header("X-Tenant", "Acme Corp <script>"));

		JsonNode problem = assertProblem(response, 400, "bad-request", "/reports/summary");
		assertThat(problem.get("detail").asString()).contains("X-Tenant").doesNotContain("Acme", "<script>");
	}

	@Test
	void failingTenantLookupAnswers500FromTheFilterWithoutItsMessage() throws Exception {
		HttpResponse<String> response = this.http.send(this.http.request("/reports/summary").header("X-Tenant", "crash"));

		JsonNode problem = assertProblem(response, 500, "internal-error", "/reports/summary");
		assertThat(problem.get("detail").asString()).isNotBlank().doesNotContain("tenant");
		assertThat(problem.has("code")).isFalse();
	}

}

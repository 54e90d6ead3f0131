package io.github.problemdetails.sample;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import static io.github.problemdetails.sample.SampleHttp.json;
import static io.github.problemdetails.test.ProblemAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exceptions thrown by the sample's own servlet filter in front of {@code /reports/*}, answered by the starter
 * although no controller is involved.
 */
class SampleApplicationTenantFilterIntegrationTests extends AbstractSampleIntegrationTests {

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

		assertThat(response).doesNotLeak("Acme", "<script>");
		assertSampleProblem(response, 400, "bad-request", "/reports/summary").hasDetailContaining("X-Tenant");
	}

	@Test
	void failingTenantLookupAnswers500FromTheFilterWithoutItsMessage() throws Exception {
		HttpResponse<String> response = this.http.send(this.http.request("/reports/summary").header("X-Tenant", "crash"));

		assertSampleProblem(response, 500, "internal-error", "/reports/summary")
			.satisfies((problem) -> assertThat(problem.path("detail").asString()).doesNotContain("tenant"))
			.doesNotHaveMember("code");
	}

}

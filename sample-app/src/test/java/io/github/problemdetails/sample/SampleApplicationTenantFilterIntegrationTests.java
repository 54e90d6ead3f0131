package io.github.problemdetails.sample;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import static io.github.problemdetails.sample.SampleHttp.SECRETS;
import static io.github.problemdetails.sample.SampleHttp.TYPE_BASE;
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

		assertThat(response).doesNotLeak(SECRETS)
			.doesNotLeak("Acme", "<script>")
			.isProblem()
			.hasStatus(400)
			.hasType(TYPE_BASE + "bad-request")
			.hasDetailContaining("X-Tenant")
			.hasInstance("/reports/summary")
			.hasW3cTraceId();
	}

	@Test
	void failingTenantLookupAnswers500FromTheFilterWithoutItsMessage() throws Exception {
		HttpResponse<String> response = this.http.send(this.http.request("/reports/summary").header("X-Tenant", "crash"));

		assertThat(response).doesNotLeak(SECRETS)
			.isProblem()
			.hasStatus(500)
			.hasType(TYPE_BASE + "internal-error")
			.hasDetail()
			.satisfies((problem) -> assertThat(problem.path("detail").asString()).doesNotContain("tenant"))
			.doesNotHaveMember("code")
			.hasInstance("/reports/summary")
			.hasW3cTraceId();
	}

}

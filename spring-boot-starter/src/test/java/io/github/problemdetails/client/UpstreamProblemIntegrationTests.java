package io.github.problemdetails.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static io.github.problemdetails.testsupport.ProblemResponses.assertProblemBody;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failed upstream calls over real HTTP on both sides, with the default settings: 502 for an
 * error answer or an unusable body, 504 for a late answer, 502 for a refused connection.
 */
@SpringBootTest(classes = QuoteTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "problem-details.type-base-uri=https://errors.example.com/" })
class UpstreamProblemIntegrationTests {

	private static final StubUpstream upstream = StubUpstream.start();

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void upstreamUrls(DynamicPropertyRegistry registry) {
		registry.add("upstream.base-url", upstream::baseUrl);
		registry.add("upstream.closed-url", StubUpstream::closedUrl);
	}

	@AfterAll
	static void stopUpstream() {
		upstream.close();
	}

	@Test
	void upstreamErrorAnswers502WithoutItsStatusBodyOrHeaders() throws Exception {
		HttpResponse<String> response = get("/quotes/failing");
		JsonNode problem = assertUpstreamProblem(response, 502, "/quotes/failing");
		assertThat(problem.path("type").asString()).isEqualTo("https://errors.example.com/bad-gateway");
		assertThat(problem.path("title").asString()).isEqualTo("Bad gateway");
		assertThat(problem.path("detail").asString()).isEqualTo("An upstream service failed to answer properly.");
	}

	@Test
	void upstreamErrorThroughRestTemplateAnswers502() throws Exception {
		JsonNode problem = assertUpstreamProblem(get("/legacy-quotes/failing"), 502, "/legacy-quotes/failing");
		assertThat(problem.path("detail").asString()).isEqualTo("An upstream service failed to answer properly.");
	}

	@Test
	void malformedUpstreamBodyAnswers502() throws Exception {
		JsonNode problem = assertUpstreamProblem(get("/quotes/malformed"), 502, "/quotes/malformed");
		assertThat(problem.path("type").asString()).isEqualTo("https://errors.example.com/bad-gateway");
	}

	@Test
	void unknownUpstreamContentTypeAnswers502() throws Exception {
		assertUpstreamProblem(get("/quotes/html"), 502, "/quotes/html");
	}

	@Test
	void lateUpstreamAnswers504() throws Exception {
		JsonNode problem = assertUpstreamProblem(get("/quotes/slow"), 504, "/quotes/slow");
		assertThat(problem.path("type").asString()).isEqualTo("https://errors.example.com/gateway-timeout");
		assertThat(problem.path("title").asString()).isEqualTo("Gateway timeout");
		assertThat(problem.path("detail").asString()).isEqualTo("An upstream service did not answer in time.");
	}

	@Test
	void lateUpstreamThroughRestTemplateAnswers504() throws Exception {
		assertUpstreamProblem(get("/legacy-quotes/slow"), 504, "/legacy-quotes/slow");
	}

	@Test
	void refusedConnectionAnswers502ByDefault() throws Exception {
		JsonNode problem = assertUpstreamProblem(get("/unreachable-quotes"), 502, "/unreachable-quotes");
		assertThat(problem.path("detail").asString()).isEqualTo("An upstream service failed to answer properly.");
	}

	private HttpResponse<String> get(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build();
		return this.client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	static JsonNode assertUpstreamProblem(HttpResponse<String> response, int status, String path) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.headers().map()).doesNotContainKey(StubUpstream.SECRET_HEADER)
			.doesNotContainKey(StubUpstream.SECRET_HEADER.toLowerCase());
		assertThat(response.body()).doesNotContain(StubUpstream.SECRET, "Internal Server Error", "token", "ACME");
		return assertProblemBody(response.body(), status, path,
				response.headers().firstValue("X-Trace-Id").orElse(null));
	}

}

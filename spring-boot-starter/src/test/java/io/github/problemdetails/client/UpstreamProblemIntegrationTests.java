package io.github.problemdetails.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.github.problemdetails.test.ProblemAssert;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static io.github.problemdetails.test.ProblemAssertions.assertThat;

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
		assertUpstreamProblem(get("/quotes/failing"), 502, "/quotes/failing")
			.hasType("https://errors.example.com/bad-gateway")
			.hasTitle("Bad gateway")
			.hasDetail("An upstream service failed to answer properly.");
	}

	@Test
	void upstreamErrorThroughRestTemplateAnswers502() throws Exception {
		assertUpstreamProblem(get("/legacy-quotes/failing"), 502, "/legacy-quotes/failing")
			.hasDetail("An upstream service failed to answer properly.");
	}

	@Test
	void malformedUpstreamBodyAnswers502() throws Exception {
		assertUpstreamProblem(get("/quotes/malformed"), 502, "/quotes/malformed")
			.hasType("https://errors.example.com/bad-gateway");
	}

	@Test
	void unknownUpstreamContentTypeAnswers502() throws Exception {
		assertUpstreamProblem(get("/quotes/html"), 502, "/quotes/html");
	}

	@Test
	void lateUpstreamAnswers504() throws Exception {
		assertUpstreamProblem(get("/quotes/slow"), 504, "/quotes/slow")
			.hasType("https://errors.example.com/gateway-timeout")
			.hasTitle("Gateway timeout")
			.hasDetail("An upstream service did not answer in time.");
	}

	@Test
	void lateUpstreamThroughRestTemplateAnswers504() throws Exception {
		assertUpstreamProblem(get("/legacy-quotes/slow"), 504, "/legacy-quotes/slow");
	}

	@Test
	void refusedConnectionAnswers502ByDefault() throws Exception {
		assertUpstreamProblem(get("/unreachable-quotes"), 502, "/unreachable-quotes")
			.hasDetail("An upstream service failed to answer properly.");
	}

	private HttpResponse<String> get(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build();
		return this.client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	// What the upstream said, in its status line, headers and body, stays with the service that called it.
	static ProblemAssert assertUpstreamProblem(HttpResponse<String> response, int status, String path) {
		return assertThat(response).doesNotHaveHeader(StubUpstream.SECRET_HEADER)
			.doesNotLeak(StubUpstream.SECRET, "Internal Server Error", "token", "ACME")
			.isProblem()
			.hasStatus(status)
			.hasDetail()
			.hasInstance(path)
			.hasTraceId();
	}

}

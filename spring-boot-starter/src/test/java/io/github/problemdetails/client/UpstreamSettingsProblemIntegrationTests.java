package io.github.problemdetails.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static io.github.problemdetails.client.UpstreamProblemIntegrationTests.assertUpstreamProblem;

/**
 * {@code problem-details.client.connection-failure-status=503} and
 * {@code problem-details.client.expose-upstream=true}, over real HTTP.
 */
@SpringBootTest(classes = QuoteTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "problem-details.type-base-uri=https://errors.example.com/",
				"problem-details.client.connection-failure-status=503", "problem-details.client.expose-upstream=true" })
class UpstreamSettingsProblemIntegrationTests {

	private static final StubUpstream upstream = StubUpstream.start();

	private static final String CLOSED_URL = StubUpstream.closedUrl();

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void upstreamUrls(DynamicPropertyRegistry registry) {
		registry.add("upstream.base-url", upstream::baseUrl);
		registry.add("upstream.closed-url", () -> CLOSED_URL);
	}

	@AfterAll
	static void stopUpstream() {
		upstream.close();
	}

	@Test
	void refusedConnectionAnswers503NamingTheUpstream() throws Exception {
		assertUpstreamProblem(get("/unreachable-quotes"), 503, "/unreachable-quotes")
			.hasType("https://errors.example.com/service-unavailable")
			.hasDetail("The upstream service at " + URI.create(CLOSED_URL).getAuthority() + " cannot be reached.");
	}

	@Test
	void lateUpstreamAnswers504NamingTheUpstream() throws Exception {
		assertUpstreamProblem(get("/quotes/slow"), 504, "/quotes/slow")
			.hasDetail("The upstream service at 127.0.0.1:" + upstream.port() + " did not answer in time.");
	}

	@Test
	void upstreamErrorThroughRestTemplateNamesTheUpstream() throws Exception {
		assertUpstreamProblem(get("/legacy-quotes/failing"), 502, "/legacy-quotes/failing")
			.hasDetail("The upstream service at 127.0.0.1:" + upstream.port() + " failed to answer properly.");
	}

	@Test
	void upstreamErrorThroughRestClientCannotNameTheUpstream() throws Exception {
		assertUpstreamProblem(get("/quotes/failing"), 502, "/quotes/failing")
			.hasDetail("An upstream service failed to answer properly.");
	}

	@Test
	void malformedUpstreamBodyStill502() throws Exception {
		assertUpstreamProblem(get("/quotes/malformed"), 502, "/quotes/malformed");
	}

	private HttpResponse<String> get(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build();
		return this.client.send(request, HttpResponse.BodyHandlers.ofString());
	}

}

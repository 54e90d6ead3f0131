package io.github.problemdetails.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.github.problemdetails.test.ProblemResponseAssert;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static io.github.problemdetails.client.UpstreamPassthroughIntegrationTests.assertPassedThroughConflict;
import static io.github.problemdetails.client.UpstreamProblemIntegrationTests.assertUpstreamProblem;
import static io.github.problemdetails.test.ProblemAssertions.assertThat;

/**
 * An upstream on 127.0.0.1 that answers {@code application/problem+xml} (RFC 9457 Appendix B), called through
 * Boot's {@code RestClient.Builder} over real HTTP: its 409 passes through as the configured status, a 500 or an
 * unreadable XML problem answers 502, and the upstream's detail never reaches the caller.
 */
@SpringBootTest(classes = ReservationTestApplication.class,
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "problem-details.type-base-uri=https://errors.example.com/",
				"problem-details.client.passthrough-statuses=409" })
class UpstreamXmlProblemIntegrationTests {

	private static final StubUpstream upstream = StubUpstream.start();

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void inventoryUrl(DynamicPropertyRegistry registry) {
		registry.add("inventory.base-url", upstream::baseUrl);
	}

	@AfterAll
	static void stopUpstream() {
		upstream.close();
	}

	@Test
	void xmlConflictPassesThroughWithTypeTitleAndCode() throws Exception {
		ProblemResponseAssert response = assertThat(post("/reservations/XML-CONFLICT"))
			.doesNotLeak(StubUpstream.SECRET, "Ledger", "/items/");
		assertPassedThroughConflict(response, "/reservations/XML-CONFLICT");
	}

	@Test
	void xmlServerErrorOrUnreadableXmlProblemAnswers502() throws Exception {
		for (String sku : new String[] { "XML-BROKEN", "XML-MALFORMED" }) {
			HttpResponse<String> response = post("/reservations/" + sku);

			assertThat(response).doesNotLeak("Ledger", "well-formed");
			assertUpstreamProblem(response, 502, "/reservations/" + sku)
				.hasType("https://errors.example.com/bad-gateway");
		}
	}

	private HttpResponse<String> post(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build();
		return this.client.send(request, HttpResponse.BodyHandlers.ofString());
	}

}

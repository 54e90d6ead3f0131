package io.github.problemdetails.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.github.problemdetails.core.FieldViolation;
import io.github.problemdetails.test.ProblemAssert;
import io.github.problemdetails.test.ProblemResponseAssert;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.restclient.RestTemplateBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

import static io.github.problemdetails.test.ProblemAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Two Spring Boot services over real HTTP on random ports: the outer one calls the inventory upstream through
 * Boot's builders. An upstream problem is a typed exception; escaping a controller it answers 502, or passes
 * through with its type, code and field errors for the configured statuses, and never forwards the upstream's
 * detail, instance or trace ID. One trace ID runs through both services.
 */
@SpringBootTest(classes = ReservationTestApplication.class,
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "problem-details.type-base-uri=https://errors.example.com/",
				"problem-details.client.passthrough-statuses=404,409,422,429" })
class UpstreamPassthroughIntegrationTests {

	private static final UpstreamInventory inventory = UpstreamInventory.start();

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private RestClient.Builder restClientBuilder;

	@Autowired
	private RestTemplateBuilder restTemplateBuilder;

	@DynamicPropertySource
	static void inventoryUrl(DynamicPropertyRegistry registry) {
		registry.add("inventory.base-url", inventory::baseUrl);
	}

	@AfterAll
	static void stopInventory() {
		inventory.close();
	}

	@Test
	void upstreamProblemIsATypedExceptionWithEveryMember() {
		RestClient restClient = this.restClientBuilder.baseUrl(inventory.baseUrl()).build();

		UpstreamProblemException conflict = catchThrowableOfType(UpstreamProblemException.class,
				() -> restClient.post().uri("/items/SOLD-OUT/reservations").retrieve().body(String.class));

		assertThat(conflict.getStatusCode().value()).isEqualTo(409);
		assertThat(conflict.getType()).isEqualTo(URI.create("https://inventory.example.com/problems/conflict"));
		assertThat(conflict.getTitle()).isEqualTo("Conflict");
		assertThat(conflict.getProblemStatus()).isEqualTo(409);
		assertThat(conflict.getDetail()).contains(InventoryTestApplication.SECRET);
		assertThat(conflict.getInstance()).isEqualTo(URI.create("/items/SOLD-OUT/reservations"));
		assertThat(conflict.getCode()).isEqualTo("OUT_OF_STOCK");
		assertThat(conflict.getTraceId()).matches("[0-9a-f]{32}");
		assertThat(conflict.getExtensions()).containsKeys("traceId", "code");
		assertThat(conflict.getRetryAfter()).isNull();
		assertThat(conflict.getRequestUri()).hasPath("/items/SOLD-OUT/reservations");

		UpstreamProblemException invalid = catchThrowableOfType(UpstreamProblemException.class,
				() -> restClient.post().uri("/items/INVALID/reservations").retrieve().body(String.class));
		assertThat(invalid.getStatusCode().value()).isEqualTo(422);
		assertThat(invalid.getFieldViolations()).containsExactly(
				FieldViolation.ofPointer("/quantity", "quantity", "must be greater than 0", "Positive")
					.withRejectedValue(-3L));

		UpstreamProblemException busy = catchThrowableOfType(UpstreamProblemException.class,
				() -> restClient.post().uri("/items/BUSY/reservations").retrieve().body(String.class));
		assertThat(busy.getStatusCode().value()).isEqualTo(429);
		assertThat(busy.getRetryAfter()).isEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void restTemplateThrowsTheSameTypedException() {
		UpstreamProblemException conflict = catchThrowableOfType(UpstreamProblemException.class,
				() -> this.restTemplateBuilder.rootUri(inventory.baseUrl())
					.build()
					.postForObject("/items/SOLD-OUT/reservations", null, String.class));

		assertThat(conflict.getCode()).isEqualTo("OUT_OF_STOCK");
	}

	@Test
	void nonProblemErrorStaysSpringsOwnException() {
		RestClient restClient = this.restClientBuilder.baseUrl(inventory.baseUrl()).build();

		HttpClientErrorException plain = catchThrowableOfType(HttpClientErrorException.class,
				() -> restClient.post().uri("/items/PLAIN/reservations").retrieve().body(String.class));

		assertThat(plain).isNotInstanceOf(UpstreamProblemException.class);
		assertThat(plain.getResponseBodyAsString()).isEqualTo("no stock");
	}

	@Test
	void malformedAndHugeProblemBodiesFallBackToSpringsExceptionWithABoundedBody() {
		RestClient restClient = this.restClientBuilder.baseUrl(inventory.baseUrl()).build();

		HttpClientErrorException malformed = catchThrowableOfType(HttpClientErrorException.class,
				() -> restClient.post().uri("/items/MALFORMED/reservations").retrieve().body(String.class));
		HttpClientErrorException huge = catchThrowableOfType(HttpClientErrorException.class,
				() -> restClient.post().uri("/items/HUGE/reservations").retrieve().body(String.class));

		assertThat(malformed).isNotInstanceOf(UpstreamProblemException.class)
			.hasMessageContaining("unreadable problem body");
		assertThat(malformed.getStatusCode().value()).isEqualTo(409);
		assertThat(huge).isNotInstanceOf(UpstreamProblemException.class)
			.hasMessageContaining("problem body larger than 65536 bytes");
		assertThat(huge.getResponseBodyAsByteArray()).hasSize(64 * 1024);
	}

	@Test
	void passedThroughConflictKeepsTypeCodeAndOneTraceId() throws Exception {
		// The upstream's detail and instance describe its internals: never forwarded by default.
		ProblemResponseAssert response = assertThat(post("/reservations/SOLD-OUT"))
			.doesNotLeak(InventoryTestApplication.SECRET, "/items/", "upstreamInstance", "upstreamTraceId");
		assertPassedThroughConflict(response, "/reservations/SOLD-OUT");
	}

	@Test
	void traceIdOfTheCallerReachesTheUpstreamAndComesBack() throws Exception {
		String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
		HttpRequest request = HttpRequest.newBuilder(uri("/reservations/ECHO"))
			.header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
			.POST(HttpRequest.BodyPublishers.noBody())
			.build();

		HttpResponse<String> echo = this.client.send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(echo.statusCode()).isEqualTo(200);
		assertThat(echo.body()).as("trace ID the upstream saw").isEqualTo(traceId);
		assertThat(echo.headers().firstValue("X-Trace-Id")).hasValue(traceId);
	}

	@Test
	void passedThroughValidationProblemKeepsFieldErrorsWithoutRejectedValues() throws Exception {
		assertThat(post("/reservations/INVALID")).doesNotLeak()
			.isProblem()
			.hasStatus(422)
			.hasDetail()
			.hasInstance("/reservations/INVALID")
			.hasTraceId()
			.hasFieldErrors(FieldViolation.ofPointer("/quantity", "quantity", "must be greater than 0", "Positive"));
	}

	@Test
	void passedThroughNotFoundAndRateLimitKeepTheirStatusAndRetryAfter() throws Exception {
		assertThat(post("/reservations/UNKNOWN")).doesNotLeak()
			.isProblem()
			.hasStatus(404)
			.hasType("https://inventory.example.com/problems/not-found")
			.hasDetail()
			.hasInstance("/reservations/UNKNOWN")
			.hasTraceId();
		assertThat(post("/legacy-reservations/BUSY")).hasRetryAfter(30)
			.doesNotLeak()
			.isProblem()
			.hasStatus(429)
			.hasDetail()
			.hasInstance("/legacy-reservations/BUSY")
			.hasTraceId();
	}

	@Test
	void upstreamServerErrorAnswers502WithTheCallersTraceId() throws Exception {
		assertThat(post("/reservations/BROKEN")).doesNotLeak(InventoryTestApplication.SECRET, "ledger")
			.isProblem()
			.hasStatus(502)
			.hasType("https://errors.example.com/bad-gateway")
			.hasDetail("An upstream service failed to answer properly.")
			.hasInstance("/reservations/BROKEN")
			.hasTraceId();
	}

	@Test
	void malformedOrHugeUpstreamProblemAnswers502() throws Exception {
		for (String sku : new String[] { "MALFORMED", "HUGE" }) {
			HttpResponse<String> response = post("/reservations/" + sku);

			assertThat(response).doesNotLeak()
				.isProblem()
				.hasStatus(502)
				.hasType("https://errors.example.com/bad-gateway")
				.hasDetail()
				.hasInstance("/reservations/" + sku)
				.hasTraceId();
			assertThat(response.body()).hasSizeLessThan(1024);
		}
	}

	// The inventory's out-of-stock conflict as the caller passes it on, whether the inventory wrote it as JSON or
	// as XML: its type, title and code, with the caller's own detail, instance and trace ID.
	static ProblemAssert assertPassedThroughConflict(ProblemResponseAssert response, String path) {
		return response.isProblem()
			.hasStatus(409)
			.hasType("https://inventory.example.com/problems/conflict")
			.hasTitle("Conflict")
			.hasCode("OUT_OF_STOCK")
			.hasDetail()
			.hasInstance(path)
			.hasTraceId();
	}

	private HttpResponse<String> post(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()).build();
		return this.client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

}

package io.github.problemdetails.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static io.github.problemdetails.test.ProblemAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Boot's default {@code SecurityFilterChain} (form login and HTTP Basic) with no code
 * of the application: API clients get HTTP Basic's challenge with a problem, browsers still get
 * the login page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "spring.security.user.name=user",
				"spring.security.user.password=password" })
class DefaultSecurityChainIntegrationTests {

	// What Spring Security's HTTP Basic sends, with its default realm.
	private static final String HTTP_BASIC_CHALLENGE = "Basic realm=\"Realm\", charset=\"UTF-8\"";

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void apiRequestWithoutCredentialsAnswers401WithHttpBasicChallenge() throws Exception {
		assertThat(send(request("/orders").header("Accept", "application/json"))).hasChallenge(HTTP_BASIC_CHALLENGE)
			.doesNotLeak()
			.isProblem()
			.hasStatus(401)
			.hasDetail()
			.hasInstance("/orders")
			.hasTraceId();
	}

	@Test
	void requestWithoutAcceptHeaderAnswers401WithHttpBasicChallenge() throws Exception {
		assertThat(send(request("/orders"))).hasChallenge(HTTP_BASIC_CHALLENGE)
			.doesNotLeak()
			.isProblem()
			.hasStatus(401)
			.hasDetail()
			.hasInstance("/orders")
			.hasTraceId();
	}

	@Test
	void wrongPasswordAnswers401WithHttpBasicChallenge() throws Exception {
		assertThat(send(request("/orders").header("Authorization", basic("user", "wrong"))))
			.hasChallenge(HTTP_BASIC_CHALLENGE)
			.doesNotLeak()
			.isProblem()
			.hasStatus(401)
			.hasDetail()
			.hasInstance("/orders")
			.hasTraceId();
	}

	@Test
	void rightPasswordIsServed() throws Exception {
		HttpResponse<String> response = send(request("/orders").header("Authorization", basic("user", "password")));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("[]");
	}

	@Test
	void browserIsStillSentToTheLoginPage() throws Exception {
		HttpResponse<String> response = send(request("/orders").header("Accept", "text/html,*/*;q=0.8"));
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).endsWith("/login"));
	}

	private static String basic(String username, String password) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	@RestController
	static class OrdersController {

		@GetMapping("/orders")
		String orders() {
			return "[]";
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(OrdersController.class)
	static class DefaultChainApplication {

	}

}

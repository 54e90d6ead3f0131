package io.github.problemdetails.security;

import java.net.http.HttpResponse;

import io.github.problemdetails.testsupport.RealHttp;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static io.github.problemdetails.testsupport.RealHttp.assertProblem;
import static io.github.problemdetails.testsupport.RealHttp.basic;
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

	private final RealHttp http;

	DefaultSecurityChainIntegrationTests(@LocalServerPort int port) {
		this.http = new RealHttp(port);
	}

	@Test
	void apiRequestWithoutCredentialsAnswers401WithHttpBasicChallenge() throws Exception {
		assertProblem(this.http.get("/orders", "Accept", "application/json"), 401, "/orders", HTTP_BASIC_CHALLENGE);
	}

	@Test
	void requestWithoutAcceptHeaderAnswers401WithHttpBasicChallenge() throws Exception {
		assertProblem(this.http.get("/orders"), 401, "/orders", HTTP_BASIC_CHALLENGE);
	}

	@Test
	void wrongPasswordAnswers401WithHttpBasicChallenge() throws Exception {
		assertProblem(this.http.get("/orders", "Authorization", basic("user", "wrong")), 401, "/orders",
				HTTP_BASIC_CHALLENGE);
	}

	@Test
	void rightPasswordIsServed() throws Exception {
		HttpResponse<String> response = this.http.get("/orders", "Authorization", basic("user", "password"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("[]");
	}

	@Test
	void browserIsStillSentToTheLoginPage() throws Exception {
		HttpResponse<String> response = this.http.get("/orders", "Accept", "text/html,*/*;q=0.8");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).endsWith("/login"));
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

package io.github.problemdetails.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static io.github.problemdetails.testsupport.ProblemResponses.assertProblemBody;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chains of an application that answer 401 in their own way, or not at all: an entry point the
 * application set explicitly is kept and only given the contract's body; a chain without an
 * authentication mechanism falls back to the starter's entry point; a request outside every
 * chain is answered by the starter's filter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "logging.level.io.github.problemdetails=debug" })
@ExtendWith(OutputCaptureExtension.class)
class ApplicationChainsIntegrationTests {

	private static final String API_KEY_CHALLENGE = "ApiKey realm=\"orders\"";

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void explicitEntryPointKeepsItsChallengeAndGetsTheContractsBody() throws Exception {
		HttpResponse<String> response = send(request("/keys/orders"));
		assertProblem(response, 401, "/keys/orders");
		assertThat(response.headers().allValues("WWW-Authenticate")).containsExactly(API_KEY_CHALLENGE);
	}

	@Test
	void httpBasicStillAnswersTheCredentialsItRejects() throws Exception {
		HttpResponse<String> response = send(request("/keys/orders").header("Authorization", "Basic Zm9vOmJhcg=="));
		assertProblem(response, 401, "/keys/orders");
		assertThat(response.headers().allValues("WWW-Authenticate")).containsExactly("Basic realm=\"Realm\", "
				+ "charset=\"UTF-8\"");
	}

	@Test
	void chainWithoutMechanismFallsBackToTheStartersEntryPoint() throws Exception {
		HttpResponse<String> response = send(request("/internal/orders").header("Accept", "text/html"));
		assertProblem(response, 401, "/internal/orders");
		assertThat(response.headers().allValues("WWW-Authenticate")).containsExactly("Bearer");
	}

	@Test
	void methodSecurityOutsideEveryChainIsAnsweredByTheStarter(CapturedOutput output) throws Exception {
		HttpResponse<String> response = send(request("/open/report"));
		assertProblem(response, 401, "/open/report");
		assertThat(response.headers().allValues("WWW-Authenticate")).containsExactly("Bearer");
		assertThat(output.getAll()).containsOnlyOnce("GET /open/report answered 401");
	}

	private static void assertProblem(HttpResponse<String> response, int status, String path) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertProblemBody(response.body(), status, path, response.headers().firstValue("X-Trace-Id").orElse(null));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@RestController
	static class OrdersController {

		@GetMapping({ "/keys/orders", "/internal/orders" })
		String orders() {
			return "[]";
		}

		@GetMapping("/open/report")
		@PreAuthorize("hasRole('ADMIN')")
		String report() {
			return "report";
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@EnableMethodSecurity
	@Import(OrdersController.class)
	static class ChainsApplication {

		// An API-key service's entry point: its own challenge, and the container's error page for the body.
		@Bean
		@Order(1)
		SecurityFilterChain keys(HttpSecurity http) {
			AuthenticationEntryPoint apiKey = (request, response, exception) -> {
				response.setHeader("WWW-Authenticate", API_KEY_CHALLENGE);
				response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
			};
			http.securityMatcher("/keys/**")
				.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
				.httpBasic(Customizer.withDefaults())
				.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(apiKey));
			return http.build();
		}

		@Bean
		@Order(2)
		SecurityFilterChain internal(HttpSecurity http) {
			http.securityMatcher("/internal/**").authorizeHttpRequests((requests) -> requests.anyRequest().authenticated());
			return http.build();
		}

		@Bean
		InMemoryUserDetailsManager users() {
			return new InMemoryUserDetailsManager(User.withUsername("user").password("{noop}password").roles("USER").build());
		}

	}

}

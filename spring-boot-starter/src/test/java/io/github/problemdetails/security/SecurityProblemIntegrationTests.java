package io.github.problemdetails.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

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
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static io.github.problemdetails.test.ProblemAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Security's 401 and 403 over HTTP, for an application's own
 * {@code SecurityFilterChain} that does not mention problem-details: URL rules, HTTP Basic,
 * method security, CSRF and the error dispatch of a permitted endpoint.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "problem-details.security.challenge=Basic realm=\"test\"",
				"problem-details.type-base-uri=https://errors.example.com/",
				"logging.level.io.github.problemdetails=debug" })
@ExtendWith(OutputCaptureExtension.class)
class SecurityProblemIntegrationTests {

	private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

	private static final String CHALLENGE = "Basic realm=\"test\"";

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void missingCredentialsAnswer401WithChallengeAndTraceId(CapturedOutput output) throws Exception {
		assertThat(send(request("/orders").header("traceparent", TRACEPARENT).GET())).hasChallenge(CHALLENGE)
			.doesNotLeak()
			.isProblem()
			.hasStatus(401)
			.hasType("https://errors.example.com/unauthenticated")
			.hasTitle("Authentication required")
			.hasDetail("Authentication is required to access this resource.")
			.hasInstance("/orders")
			.hasTraceId("4bf92f3577b34da6a3ce929d0e0e4736");
		assertThat(output.getAll()).containsOnlyOnce("GET /orders answered 401")
			.contains("[traceId=4bf92f3577b34da6a3ce929d0e0e4736]");
	}

	@Test
	void wrongPasswordAndUnknownUserAnswerTheSame401(CapturedOutput output) throws Exception {
		HttpResponse<String> wrongPassword = send(request("/orders").header("Authorization", basic("user", "wrong")).GET());
		HttpResponse<String> unknownUser = send(request("/orders").header("Authorization", basic("mallory", "password")).GET());
		for (HttpResponse<String> response : List.of(wrongPassword, unknownUser)) {
			assertThat(response).hasChallenge(CHALLENGE)
				.doesNotLeak("mallory")
				.isProblem()
				.hasStatus(401)
				.hasDetail()
				.hasInstance("/orders")
				.hasTraceId();
		}
		assertThat(withoutTraceId(unknownUser.body())).isEqualTo(withoutTraceId(wrongPassword.body()));
		assertThat(output.getAll().split("GET /orders answered 401", -1)).hasSize(3);
	}

	@Test
	void wrongRoleByUrlRuleAnswers403WithoutChallenge(CapturedOutput output) throws Exception {
		assertThat(send(request("/admin/users").header("Authorization", basic("user", "password")).GET()))
			.doesNotHaveHeader("WWW-Authenticate")
			.doesNotLeak()
			.isProblem()
			.hasStatus(403)
			.hasType("https://errors.example.com/forbidden")
			.hasTitle("Access denied")
			.hasDetail("You are not allowed to access this resource.")
			.hasInstance("/admin/users")
			.hasTraceId();
		assertThat(output.getAll()).containsOnlyOnce("GET /admin/users answered 403");
	}

	@Test
	void rightRoleByUrlRuleIsServed() throws Exception {
		HttpResponse<String> response = send(request("/admin/users").header("Authorization", basic("admin", "password")).GET());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("alice, bob");
	}

	@Test
	void methodSecurityDenialAnswers403WhenAuthenticated(CapturedOutput output) throws Exception {
		assertThat(send(request("/reports").header("Authorization", basic("user", "password")).GET()))
			.doesNotHaveHeader("WWW-Authenticate")
			.doesNotLeak()
			.isProblem()
			.hasStatus(403)
			.hasType("https://errors.example.com/forbidden")
			.hasDetail()
			.hasInstance("/reports")
			.hasTraceId();
		assertThat(output.getAll()).containsOnlyOnce("GET /reports answered 403");
	}

	@Test
	void methodSecurityDenialAnswers401WhenAnonymous(CapturedOutput output) throws Exception {
		assertThat(send(request("/reports").GET())).hasChallenge(CHALLENGE)
			.doesNotLeak()
			.isProblem()
			.hasStatus(401)
			.hasType("https://errors.example.com/unauthenticated")
			.hasDetail()
			.hasInstance("/reports")
			.hasTraceId();
		assertThat(output.getAll()).containsOnlyOnce("GET /reports answered 401");
	}

	@Test
	void missingCsrfTokenAnswers403ForAnonymousUser() throws Exception {
		assertThat(send(request("/public/echo").POST(HttpRequest.BodyPublishers.ofString("hi"))))
			.doesNotHaveHeader("WWW-Authenticate")
			.doesNotLeak()
			.isProblem()
			.hasStatus(403)
			.hasDetail("The request has no valid CSRF token.")
			.hasInstance("/public/echo")
			.hasTraceId();
	}

	@Test
	void sendErrorOfPermittedEndpointKeepsItsStatusForAnonymousUser() throws Exception {
		assertThat(send(request("/public/missing").GET())).doesNotHaveHeader("WWW-Authenticate")
			.doesNotLeak()
			.isProblem()
			.hasStatus(404)
			.hasDetail()
			.hasInstance("/public/missing")
			.hasTraceId();
	}

	private static String withoutTraceId(String body) {
		return body.replaceAll("\"traceId\":\"[0-9a-f]{32}\"", "\"traceId\":\"\"");
	}

	private static String basic(String username, String password) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@RestController
	static class SecuredController {

		@GetMapping("/orders")
		String orders() {
			return "[]";
		}

		@GetMapping("/admin/users")
		String users() {
			return "alice, bob";
		}

		@GetMapping("/reports")
		@PreAuthorize("hasRole('ADMIN')")
		String reports() {
			return "report";
		}

		@PostMapping("/public/echo")
		String echo(String body) {
			return body;
		}

		@GetMapping("/public/missing")
		void missing(HttpServletResponse response) throws Exception {
			response.sendError(404);
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@EnableMethodSecurity
	@Import(SecuredController.class)
	static class SecuredApplication {

		@Bean
		SecurityFilterChain apiSecurity(HttpSecurity http) {
			http.authorizeHttpRequests((requests) -> requests.requestMatchers("/admin/**")
				.hasRole("ADMIN")
				.requestMatchers("/public/**", "/reports")
				.permitAll()
				.anyRequest()
				.authenticated()).httpBasic(Customizer.withDefaults());
			return http.build();
		}

		@Bean
		InMemoryUserDetailsManager users() {
			return new InMemoryUserDetailsManager(
					User.withUsername("user").password("{noop}password").roles("USER").build(),
					User.withUsername("admin").password("{noop}password").roles("ADMIN").build());
		}

	}

}

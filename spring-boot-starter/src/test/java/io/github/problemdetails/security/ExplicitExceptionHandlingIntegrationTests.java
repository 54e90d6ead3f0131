package io.github.problemdetails.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static io.github.problemdetails.test.ProblemAssertions.assertThat;

/**
 * The one-line form, {@code http.exceptionHandling(problemDetailsExceptionHandling)}, in an
 * application's chain that authenticates with neither HTTP Basic nor form login.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "problem-details.security.challenge=Bearer realm=\"api\"" })
class ExplicitExceptionHandlingIntegrationTests {

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void missingCredentialsAnswer401WithTheConfiguredChallenge() throws Exception {
		HttpResponse<String> response = this.client.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/orders")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response).hasChallenge("Bearer realm=\"api\"")
			.doesNotLeak()
			.isProblem()
			.hasStatus(401)
			.hasType("about:blank")
			.hasTitle("Unauthorized")
			.hasDetail("Authentication is required to access this resource.")
			.hasInstance("/orders")
			.hasTraceId();
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
	static class ExplicitApplication {

		@Bean
		SecurityFilterChain apiSecurity(HttpSecurity http,
				ProblemDetailsExceptionHandlingCustomizer problemDetailsExceptionHandling) {
			http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
				.exceptionHandling(problemDetailsExceptionHandling);
			return http.build();
		}

		@Bean
		InMemoryUserDetailsManager users() {
			return new InMemoryUserDetailsManager(User.withUsername("user").password("{noop}password").roles("USER").build());
		}

	}

}

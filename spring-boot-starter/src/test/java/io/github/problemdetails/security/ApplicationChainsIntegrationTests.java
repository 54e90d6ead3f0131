package io.github.problemdetails.security;


import io.github.problemdetails.testsupport.RealHttp;
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

import static io.github.problemdetails.testsupport.RealHttp.assertProblem;
import static io.github.problemdetails.testsupport.RealHttp.basic;
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

	private final RealHttp http;

	ApplicationChainsIntegrationTests(@LocalServerPort int port) {
		this.http = new RealHttp(port);
	}

	@Test
	void explicitEntryPointKeepsItsChallengeAndGetsTheContractsBody() throws Exception {
		assertProblem(this.http.get("/keys/orders"), 401, "/keys/orders", API_KEY_CHALLENGE);
	}

	@Test
	void httpBasicStillAnswersTheCredentialsItRejects() throws Exception {
		assertProblem(this.http.get("/keys/orders", "Authorization", basic("foo", "bar")), 401, "/keys/orders",
				"Basic realm=\"Realm\", charset=\"UTF-8\"");
	}

	@Test
	void chainWithoutMechanismFallsBackToTheStartersEntryPoint() throws Exception {
		assertProblem(this.http.get("/internal/orders", "Accept", "text/html"), 401, "/internal/orders", "Bearer");
	}

	@Test
	void methodSecurityOutsideEveryChainIsAnsweredByTheStarter(CapturedOutput output) throws Exception {
		assertProblem(this.http.get("/open/report"), 401, "/open/report", "Bearer");
		assertThat(output.getAll()).containsOnlyOnce("GET /open/report answered 401");
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
			http.securityMatcher("/internal/**")
				.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated());
			return http.build();
		}

		@Bean
		InMemoryUserDetailsManager users() {
			return new InMemoryUserDetailsManager(
					User.withUsername("user").password("{noop}password").roles("USER").build());
		}

	}

}

package io.github.problemdetails.security;

import java.util.Map;

import io.github.problemdetails.core.exception.UnauthenticatedException;
import io.github.problemdetails.testsupport.RealHttp;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static io.github.problemdetails.testsupport.RealHttp.assertProblem;

/**
 * {@code problem-details.security.challenge} set: the starter's entry point answers every 401 of
 * an OAuth2 resource server with that challenge, a typed {@code UnauthenticatedException} too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1",
				"problem-details.security.challenge=" + ConfiguredChallengeIntegrationTests.CHALLENGE })
class ConfiguredChallengeIntegrationTests {

	static final String CHALLENGE = "Bearer realm=\"orders\"";

	private final RealHttp http;

	ConfiguredChallengeIntegrationTests(@LocalServerPort int port) {
		this.http = new RealHttp(port);
	}

	@Test
	void requestWithoutTokenAnswers401WithTheConfiguredChallenge() throws Exception {
		assertProblem(this.http.get("/orders"), 401, "/orders", CHALLENGE);
	}

	@Test
	void inactiveTokenAnswers401WithTheConfiguredChallenge() throws Exception {
		assertProblem(this.http.get("/orders", "Authorization", "Bearer revoked"), 401, "/orders", CHALLENGE);
	}

	@Test
	void unauthenticatedExceptionAnswers401WithTheConfiguredChallenge() throws Exception {
		assertProblem(this.http.get("/orders/mine", "Authorization", "Bearer service"), 401, "/orders/mine",
				CHALLENGE);
	}

	@RestController
	static class OrdersController {

		@GetMapping("/orders")
		String orders() {
			return "[]";
		}

		@GetMapping("/orders/mine")
		String mine() {
			throw new UnauthenticatedException("The token names no customer.");
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(OrdersController.class)
	static class ConfiguredChallengeApplication {

		@Bean
		SecurityFilterChain api(HttpSecurity http) {
			http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
				.oauth2ResourceServer((resourceServer) -> resourceServer.opaqueToken(Customizer.withDefaults()));
			return http.build();
		}

		@Bean
		OpaqueTokenIntrospector introspector() {
			return (token) -> {
				if (!token.equals("service")) {
					throw new BadOpaqueTokenException("Provided token isn't active");
				}
				return new DefaultOAuth2AuthenticatedPrincipal("service", Map.of("sub", "service"),
						AuthorityUtils.createAuthorityList("SCOPE_orders"));
			};
		}

	}

}

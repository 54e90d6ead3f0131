package io.github.problemdetails.security;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

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

import static io.github.problemdetails.testsupport.RealHttp.assertChallenge;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An OAuth2 resource server with opaque tokens, in an application's chain that does not mention
 * problem-details: the resource server answers with its own RFC 6750 challenges.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class OpaqueTokenIntegrationTests {

	private final RealHttp http;

	OpaqueTokenIntegrationTests(@LocalServerPort int port) {
		this.http = new RealHttp(port);
	}

	@Test
	void activeTokenIsServed() throws Exception {
		HttpResponse<String> response = this.http.get("/orders", "Authorization", "Bearer reader");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("[]");
	}

	@Test
	void requestWithoutTokenAnswers401WithBearerChallengeWithoutError() throws Exception {
		HttpResponse<String> response = this.http.get("/orders");
		assertChallenge(response, 401, "Bearer");
		assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow()).doesNotContain("error=");
	}

	@Test
	void inactiveTokenAnswers401WithInvalidTokenChallenge() throws Exception {
		HttpResponse<String> response = this.http.get("/orders", "Authorization", "Bearer revoked");
		assertChallenge(response, 401, "Bearer error=\"invalid_token\"");
	}

	@Test
	void tokenWithoutTheScopeAnswers403WithInsufficientScopeChallenge() throws Exception {
		HttpResponse<String> response = this.http.get("/orders/export", "Authorization", "Bearer reader");
		assertChallenge(response, 403, "Bearer error=\"insufficient_scope\"");
	}

	@RestController
	static class OrdersController {

		@GetMapping("/orders")
		String orders() {
			return "[]";
		}

		@GetMapping("/orders/export")
		String export() {
			return "id;total";
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(OrdersController.class)
	static class OpaqueTokenApplication {

		@Bean
		SecurityFilterChain api(HttpSecurity http) {
			http.authorizeHttpRequests((requests) -> requests.requestMatchers("/orders/export")
				.hasAuthority("SCOPE_export")
				.anyRequest()
				.authenticated())
				.oauth2ResourceServer((resourceServer) -> resourceServer.opaqueToken(Customizer.withDefaults()));
			return http.build();
		}

		// Stands in for the authorization server's introspection endpoint.
		@Bean
		OpaqueTokenIntrospector introspector() {
			return (token) -> {
				if (!token.equals("reader")) {
					throw new BadOpaqueTokenException("Provided token isn't active");
				}
				return new DefaultOAuth2AuthenticatedPrincipal("reader",
						Map.of("sub", "reader", "scope", List.of("orders")),
						AuthorityUtils.createAuthorityList("SCOPE_orders"));
			};
		}

	}

}

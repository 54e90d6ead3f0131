package io.github.problemdetails.security;


import java.net.http.HttpResponse;
import java.util.List;

import io.github.problemdetails.core.exception.UnauthenticatedException;
import io.github.problemdetails.internal.security.ProblemAuthenticationEntryPoint;
import io.github.problemdetails.testsupport.RealHttp;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static io.github.problemdetails.testsupport.RealHttp.assertProblem;
import static io.github.problemdetails.testsupport.RealHttp.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chains of an application that answer 401 in their own way, or not at all: an entry point the
 * application set explicitly is kept and only given the contract's body; a chain without an
 * authentication mechanism falls back to the starter's entry point, and one with HTTP Basic, form
 * login or a resource server keeps the mechanism's alone; a request outside every chain is answered by the starter's filter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "logging.level.io.github.problemdetails=debug" })
@ExtendWith(OutputCaptureExtension.class)
class ApplicationChainsIntegrationTests {

	private static final String API_KEY_CHALLENGE = "ApiKey realm=\"orders\"";

	private static final String BASIC_CHALLENGE = "Basic realm=\"Realm\", charset=\"UTF-8\"";

	private static final String DESK_CHALLENGE = "Basic realm=\"Desk\", charset=\"UTF-8\"";

	private final RealHttp http;

	private final List<SecurityFilterChain> chains;

	ApplicationChainsIntegrationTests(@LocalServerPort int port, @Autowired List<SecurityFilterChain> chains) {
		this.http = new RealHttp(port);
		this.chains = chains;
	}

	@Test
	void explicitEntryPointKeepsItsChallengeAndGetsTheContractsBody() throws Exception {
		assertProblem(this.http.get("/keys/orders"), 401, "/keys/orders", API_KEY_CHALLENGE);
	}

	@Test
	void httpBasicStillAnswersTheCredentialsItRejects() throws Exception {
		assertProblem(this.http.get("/keys/orders", "Authorization", basic("foo", "bar")), 401, "/keys/orders",
				BASIC_CHALLENGE);
	}

	@Test
	void chainWithoutMechanismFallsBackToTheStartersEntryPoint() throws Exception {
		assertProblem(this.http.get("/internal/orders", "Accept", "text/html"), 401, "/internal/orders", "Bearer");
	}

	@Test
	void chainWithoutMechanismHasTheStartersEntryPointAlone() {
		assertThat(entryPointOf("/internal/orders")).isInstanceOf(ProblemAuthenticationEntryPoint.class);
	}

	// Beside HTTP Basic's default the starter's would answer nothing, and cost every 401 a delegating entry point.
	@Test
	void chainWithHttpBasicKeepsItsEntryPointAlone() throws Exception {
		assertThat(entryPointOf("/basic/orders")).isNotInstanceOf(DelegatingAuthenticationEntryPoint.class);
		assertProblem(this.http.get("/basic/orders"), 401, "/basic/orders", BASIC_CHALLENGE);
		assertProblem(this.http.get("/basic/orders", "Accept", "text/html"), 401, "/basic/orders", BASIC_CHALLENGE);
	}

	// Spring Security puts the single default of a mechanism in place as it is.
	@Test
	void chainsWithFormLoginOrAResourceServerKeepTheirEntryPointAlone() {
		assertThat(entryPointOf("/form/orders")).isInstanceOf(LoginUrlAuthenticationEntryPoint.class);
		assertThat(entryPointOf("/tokens/orders")).isInstanceOf(BearerTokenAuthenticationEntryPoint.class);
	}

	// HTTP Basic's filter sends the rejection through the error dispatch, whose answer names the challenge too.
	@Test
	void rejectedCredentialsNameTheChallengeOnce() throws Exception {
		HttpResponse<String> response = this.http.get("/basic/orders", "Authorization", basic("user", "wrong"));
		assertProblem(response, 401, "/basic/orders", BASIC_CHALLENGE);
		assertThat(response.headers().allValues("WWW-Authenticate")).containsExactly(BASIC_CHALLENGE);
	}

	@Test
	void methodSecurityOutsideEveryChainIsAnsweredByTheStarter(CapturedOutput output) throws Exception {
		assertProblem(this.http.get("/open/report"), 401, "/open/report", "Bearer");
		assertThat(output.getAll()).containsOnlyOnce("GET /open/report answered 401");
	}

	@Test
	void typedUnauthenticatedExceptionGetsTheChallengeOfTheChainItsRequestWentThrough() throws Exception {
		String credentials = basic("user", "password");
		assertProblem(this.http.get("/basic/confirm", "Authorization", credentials), 401, "/basic/confirm",
				BASIC_CHALLENGE);
		assertProblem(this.http.get("/desk/confirm", "Authorization", credentials), 401, "/desk/confirm",
				DESK_CHALLENGE);
		// Outside every chain with HTTP Basic: the engine's default.
		assertProblem(this.http.get("/open/confirm"), 401, "/open/confirm", "Bearer");
	}

	private AuthenticationEntryPoint entryPointOf(String path) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		SecurityFilterChain chain = this.chains.stream()
			.filter((candidate) -> candidate.matches(request))
			.findFirst()
			.orElseThrow();
		return chain.getFilters()
			.stream()
			.filter(ExceptionTranslationFilter.class::isInstance)
			.map(ExceptionTranslationFilter.class::cast)
			.findFirst()
			.orElseThrow()
			.getAuthenticationEntryPoint();
	}

	@RestController
	static class OrdersController {

		@GetMapping({ "/keys/orders", "/internal/orders", "/basic/orders" })
		String orders() {
			return "[]";
		}

		// Asks for a second factor that no mechanism of the chain knows of.
		@GetMapping({ "/basic/confirm", "/desk/confirm", "/open/confirm" })
		String confirm() {
			throw new UnauthenticatedException("Confirm with the code sent to you.");
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
		@Order(3)
		SecurityFilterChain basic(HttpSecurity http) {
			http.securityMatcher("/basic/**")
				.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
				.httpBasic(Customizer.withDefaults());
			return http.build();
		}

		@Bean
		@Order(4)
		SecurityFilterChain form(HttpSecurity http) {
			http.securityMatcher("/form/**")
				.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
				.formLogin(Customizer.withDefaults());
			return http.build();
		}

		@Bean
		@Order(5)
		SecurityFilterChain tokens(HttpSecurity http) {
			OpaqueTokenIntrospector rejectsEveryToken = (token) -> {
				throw new BadOpaqueTokenException("Provided token isn't active");
			};
			http.securityMatcher("/tokens/**")
				.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
				.oauth2ResourceServer((resourceServer) -> resourceServer
					.opaqueToken((opaqueToken) -> opaqueToken.introspector(rejectsEveryToken)));
			return http.build();
		}

		// A second chain with HTTP Basic, in a realm of its own.
		@Bean
		@Order(6)
		SecurityFilterChain desk(HttpSecurity http) {
			http.securityMatcher("/desk/**")
				.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
				.httpBasic((httpBasic) -> httpBasic.realmName("Desk"));
			return http.build();
		}

		@Bean
		InMemoryUserDetailsManager users() {
			return new InMemoryUserDetailsManager(
					User.withUsername("user").password("{noop}password").roles("USER").build());
		}

	}

}

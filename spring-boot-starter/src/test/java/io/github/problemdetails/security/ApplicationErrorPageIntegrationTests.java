package io.github.problemdetails.security;

import java.net.http.HttpResponse;

import io.github.problemdetails.testsupport.RealHttp;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.error.ErrorPage;
import org.springframework.boot.web.error.ErrorPageRegistrar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application that sends HTTP Basic's 401 to an error page of its own keeps it: the starter
 * answers the mechanism's error at once only where its error endpoint would answer it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class ApplicationErrorPageIntegrationTests {

	private final RealHttp http;

	ApplicationErrorPageIntegrationTests(@LocalServerPort int port) {
		this.http = new RealHttp(port);
	}

	@Test
	void httpBasicsErrorGoesToTheApplicationsErrorPage() throws Exception {
		HttpResponse<String> response = this.http.get("/desk/orders");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().allValues("WWW-Authenticate"))
			.containsExactly("Basic realm=\"Desk\", charset=\"UTF-8\"");
		assertThat(response.body()).isEqualTo("Sign in at the desk.");
	}

	@RestController
	static class SignInPage {

		@RequestMapping("/sign-in")
		String signIn() {
			return "Sign in at the desk.";
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(SignInPage.class)
	static class DeskApplication {

		@Bean
		SecurityFilterChain desk(HttpSecurity http) throws Exception {
			return http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
				.httpBasic((basic) -> basic.realmName("Desk"))
				.build();
		}

		@Bean
		ErrorPageRegistrar signInPage() {
			return (registry) -> registry.addErrorPages(new ErrorPage(HttpStatus.UNAUTHORIZED, "/sign-in"));
		}

	}

}

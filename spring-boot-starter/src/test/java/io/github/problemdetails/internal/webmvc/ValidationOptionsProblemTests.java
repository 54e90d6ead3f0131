package io.github.problemdetails.internal.webmvc;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static io.github.problemdetails.testsupport.ProblemResponses.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rejected values shown when configured (never for secret-looking fields), and body
 * violations located by pointer only.
 */
@WebMvcTest(properties = { "problem-details.validation.include-rejected-values=true",
		"problem-details.validation.location=pointer" })
class ValidationOptionsProblemTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void rejectedValuesAreShownExceptForSecrets() throws Exception {
		MockHttpServletResponse response = this.mvc.post().uri("/accounts").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"" + "n".repeat(150) + "\", \"password\": \"hunter2\", \"apiKey\": \"k-123\", "
					+ "\"seats\": -3}")
			.exchange().getResponse();
		JsonNode problem = assertProblem(response, 422, "/accounts");
		JsonNode errors = problem.path("errors");
		assertThat(errors).hasSize(4);
		assertThat(errors.get(0).path("pointer").asString()).isEqualTo("/apiKey");
		assertThat(errors.get(0).has("rejectedValue")).isFalse();
		assertThat(errors.get(1).path("pointer").asString()).isEqualTo("/name");
		assertThat(errors.get(1).path("rejectedValue").asString()).hasSize(101).endsWith("…");
		assertThat(errors.get(2).path("pointer").asString()).isEqualTo("/password");
		assertThat(errors.get(2).has("rejectedValue")).isFalse();
		assertThat(errors.get(3).path("rejectedValue").asInt()).isEqualTo(-3);
		assertThat(response.getContentAsString()).doesNotContain("hunter2", "k-123");
		assertThat(errors.get(3).has("field")).as("located by pointer only").isFalse();
	}

	@Test
	void rejectedParameterValueIsShown() throws Exception {
		JsonNode problem = assertProblem(this.mvc.get().uri("/accounts?limit=500").exchange().getResponse(), 422,
				"/accounts");
		assertThat(problem.path("errors").get(0).path("parameter").asString()).isEqualTo("limit");
		assertThat(problem.path("errors").get(0).path("rejectedValue").asInt()).isEqualTo(500);
	}

	record Account(@Size(max = 20) String name, @Size(min = 12) String password, @Size(min = 10) String apiKey,
			@Positive int seats) {
	}

	@RestController
	static class AccountsController {

		@PostMapping("/accounts")
		Account create(@Valid @RequestBody Account account) {
			return account;
		}

		@GetMapping("/accounts")
		String list(@RequestParam @Max(100) int limit) {
			return "[]";
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Import(AccountsController.class)
	static class Config {

	}

}

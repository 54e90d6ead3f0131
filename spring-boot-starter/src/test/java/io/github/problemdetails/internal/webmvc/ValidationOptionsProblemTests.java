package io.github.problemdetails.internal.webmvc;

import io.github.problemdetails.core.FieldViolation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static io.github.problemdetails.test.ProblemAssertions.assertThat;

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
	void rejectedValuesAreShownExceptForSecrets() {
		String name = "n".repeat(150);
		assertThat(this.mvc.post()
			.uri("/accounts")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"" + name + "\", \"password\": \"hunter2\", \"apiKey\": \"k-123\", \"seats\": -3}"))
			.doesNotLeak("hunter2", "k-123")
			.isProblem()
			.hasStatus(422)
			.hasDetail()
			.hasInstance("/accounts")
			.hasTraceId()
			// Located by pointer only; a rejected value cut to 100 characters, none for secret-looking fields.
			.hasFieldErrors(FieldViolation.ofPointer("/apiKey", null, "size must be between 10 and 2147483647", "Size"),
					FieldViolation.ofPointer("/name", null, "size must be between 0 and 20", "Size")
						.withRejectedValue(name.substring(0, 100) + "…"),
					FieldViolation.ofPointer("/password", null, "size must be between 12 and 2147483647", "Size"),
					FieldViolation.ofPointer("/seats", null, "must be greater than 0", "Positive").withRejectedValue(-3));
	}

	@Test
	void rejectedParameterValueIsShown() {
		assertThat(this.mvc.get().uri("/accounts?limit=500")).doesNotLeak()
			.isProblem()
			.hasStatus(422)
			.hasDetail()
			.hasInstance("/accounts")
			.hasTraceId()
			.hasFieldErrors(FieldViolation.ofParameter("limit", "must be less than or equal to 100", "Max")
				.withRejectedValue(500));
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

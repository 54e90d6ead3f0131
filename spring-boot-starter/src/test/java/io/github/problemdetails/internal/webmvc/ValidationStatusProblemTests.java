package io.github.problemdetails.internal.webmvc;

import java.util.List;

import io.github.problemdetails.core.exception.ValidationException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import org.springframework.web.bind.annotation.RestController;

import static io.github.problemdetails.testsupport.ProblemResponses.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code problem-details.validation-status=400} answers every validation failure with 400.
 */
@WebMvcTest(properties = { "problem-details.validation-status=400",
		"problem-details.type-base-uri=https://errors.example.com/" })
class ValidationStatusProblemTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void beanValidationAnswers400() throws Exception {
		MockHttpServletResponse response = this.mvc.post().uri("/names").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \" \"}").exchange().getResponse();
		JsonNode problem = assertProblem(response, 400, "/names");
		assertThat(problem.path("type").asString()).isEqualTo("https://errors.example.com/validation-failed");
		assertThat(problem.path("errors").get(0).path("pointer").asString()).isEqualTo("/name");
	}

	@Test
	void domainValidationAnswers400() throws Exception {
		JsonNode problem = assertProblem(this.mvc.get().uri("/names/check").exchange().getResponse(), 400,
				"/names/check");
		assertThat(problem.path("errors").get(0).path("code").asString()).isEqualTo("NAME_RESERVED");
	}

	record Name(@NotBlank String name) {
	}

	@RestController
	static class NamesController {

		@PostMapping("/names")
		Name create(@Valid @RequestBody Name name) {
			return name;
		}

		@GetMapping("/names/check")
		List<Name> check() {
			throw ValidationException.of("name", "is reserved", "NAME_RESERVED");
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Import(NamesController.class)
	static class Config {

	}

}

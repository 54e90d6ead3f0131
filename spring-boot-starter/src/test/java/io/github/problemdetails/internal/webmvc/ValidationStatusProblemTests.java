package io.github.problemdetails.internal.webmvc;

import java.util.List;

import io.github.problemdetails.core.FieldViolation;
import io.github.problemdetails.core.exception.ValidationException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import org.springframework.web.bind.annotation.RestController;

import static io.github.problemdetails.test.ProblemAssertions.assertThat;

/**
 * {@code problem-details.validation-status=400} answers every validation failure with 400.
 */
@WebMvcTest(properties = { "problem-details.validation-status=400",
		"problem-details.type-base-uri=https://errors.example.com/" })
class ValidationStatusProblemTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void beanValidationAnswers400() {
		assertThat(this.mvc.post().uri("/names").contentType(MediaType.APPLICATION_JSON).content("{\"name\": \" \"}"))
			.doesNotLeak()
			.isProblem()
			.hasStatus(400)
			.hasType("https://errors.example.com/validation-failed")
			.hasDetail()
			.hasInstance("/names")
			.hasTraceId()
			.hasFieldErrors(FieldViolation.ofField("name", "must not be blank", "NotBlank"));
	}

	@Test
	void domainValidationAnswers400() {
		assertThat(this.mvc.get().uri("/names/check")).doesNotLeak()
			.isProblem()
			.hasStatus(400)
			.hasDetail()
			.hasInstance("/names/check")
			.hasTraceId()
			.hasFieldErrors(FieldViolation.ofField("name", "is reserved", "NAME_RESERVED"));
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

package io.github.problemdetails.internal.webmvc;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import static io.github.problemdetails.test.ProblemAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With Spring Boot's own problem details switched on, the answers are still ours: the starter
 * takes the place of Spring Boot's handler, also before an application's catch-all advice.
 */
@WebMvcTest(properties = { "spring.mvc.problemdetails.enabled=true",
		"problem-details.type-base-uri=https://errors.example.com/" })
class SpringProblemDetailsCoexistenceTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Test
	void springBootsHandlerIsPresentButComesAfterOurs() {
		assertThat(this.context.containsBean("problemDetailsExceptionHandler")).isTrue();
		assertThat(this.context.containsBean("problemDetailsHandlerExceptionResolver")).isTrue();
	}

	@Test
	void wrongMethodIsStillOurProblem() {
		assertThat(this.mvc.delete().uri("/things")).hasAllowedMethods("GET", "POST")
			.doesNotLeak()
			.isProblem()
			.hasStatus(405)
			.hasType("https://errors.example.com/method-not-allowed")
			.hasDetail()
			.hasInstance("/things")
			.hasTraceId();
	}

	@Test
	void unreadableBodyIsStillOurProblem() {
		assertThat(this.mvc.post().uri("/things").contentType(MediaType.APPLICATION_JSON).content("{")).doesNotLeak()
			.isProblem()
			.hasStatus(400)
			.hasType("https://errors.example.com/malformed-body")
			.hasDetail()
			.hasInstance("/things")
			.hasTraceId();
	}

	@Test
	void applicationsCatchAllAnswersWhatSpringBootsHandlerDoesNot() throws Exception {
		MockHttpServletResponse response = this.mvc.get().uri("/things/broken").exchange().getResponse();
		assertThat(response.getStatus()).isEqualTo(418);
		assertThat(response.getContentAsString()).isEqualTo("caught by the application");
	}

	record Thing(String name) {
	}

	@RestController
	static class ThingsController {

		@GetMapping("/things")
		Thing get() {
			return new Thing("one");
		}

		@PostMapping("/things")
		Thing create(@RequestBody Thing thing) {
			return thing;
		}

		@GetMapping("/things/broken")
		Thing broken() {
			throw new IllegalStateException("broken");
		}

	}

	// Unordered, so after Spring Boot's handler: without the starter, Spring Boot answers Spring MVC's exceptions.
	@RestControllerAdvice
	static class CatchAllAdvice {

		@ExceptionHandler(Exception.class)
		ResponseEntity<String> caught() {
			return ResponseEntity.status(HttpStatus.I_AM_A_TEAPOT).body("caught by the application");
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Import({ ThingsController.class, CatchAllAdvice.class })
	static class Config {

	}

}

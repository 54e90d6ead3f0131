package io.github.problemdetails.internal.webmvc;

import io.github.problemdetails.core.exception.NotFoundException;
import io.github.problemdetails.core.exception.ValidationException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static io.github.problemdetails.testsupport.ProblemResponses.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Titles and details from the application's {@code MessageSource}, keyed by type slug, with
 * the exception's arguments, in the request's {@code Accept-Language}.
 */
@WebMvcTest(properties = { "spring.messages.basename=problem-details-test/messages",
		"spring.messages.fallback-to-system-locale=false",
		"problem-details.type-base-uri=https://errors.example.com/" })
class LocalisedProblemTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void answersInTheRequestedLanguageWithTheExceptionsArguments() throws Exception {
		JsonNode problem = assertProblem(get("/orders/42", "de"), 404, "/orders/42");
		assertThat(problem.path("title").asString()).isEqualTo("Ressource nicht gefunden");
		assertThat(problem.path("detail").asString()).isEqualTo("Es gibt kein order mit der ID 42.");
	}

	@Test
	void fallsBackToTheDefaultMessages() throws Exception {
		JsonNode problem = assertProblem(get("/orders/42", "fr"), 404, "/orders/42");
		assertThat(problem.path("title").asString()).isEqualTo("Resource not found");
		assertThat(problem.path("detail").asString()).isEqualTo("There is no order with the id 42.");
	}

	@Test
	void keepsTheExceptionsOwnTextWhereNoMessageExists() throws Exception {
		JsonNode problem = assertProblem(get("/orders/check", "de"), 422, "/orders/check");
		assertThat(problem.path("title").asString()).isEqualTo("Validierung fehlgeschlagen");
		assertThat(problem.path("detail").asString()).isEqualTo("1 value is invalid.");
	}

	@Test
	void exceptionsSharingATypeDoNotShareDetailArguments() throws Exception {
		JsonNode problem = assertProblem(get("/no/such/route", "de"), 404, "/no/such/route");
		assertThat(problem.path("title").asString()).isEqualTo("Ressource nicht gefunden");
		assertThat(problem.path("detail").asString()).isEqualTo("No resource exists at this path.");
	}

	@Test
	void springExceptionsAreLocalisedByClassNameWithSpringsArguments() throws Exception {
		JsonNode problem = assertProblem(get("/orders/search", "de"), 400, "/orders/search");
		assertThat(problem.path("detail").asString()).isEqualTo("Der Parameter 'query' fehlt.");
	}

	private MockHttpServletResponse get(String path, String language) {
		return this.mvc.get().uri(path).header("Accept-Language", language).exchange().getResponse();
	}

	@RestController
	static class OrdersController {

		@GetMapping("/orders/42")
		String order() {
			throw new NotFoundException("order", 42);
		}

		@GetMapping("/orders/search")
		String search(@RequestParam String query) {
			return query;
		}

		@GetMapping("/orders/check")
		String check() {
			throw ValidationException.of("quantity", "must be greater than 0", "Positive");
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Import(OrdersController.class)
	static class Config {

	}

}

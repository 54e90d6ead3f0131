package io.github.problemdetails.internal.webmvc;

import io.github.problemdetails.core.exception.NotFoundException;
import io.github.problemdetails.core.exception.ValidationException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static io.github.problemdetails.test.ProblemAssertions.assertThat;

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
	void answersInTheRequestedLanguageWithTheExceptionsArguments() {
		assertThat(get("/orders/42", "de")).doesNotLeak()
			.isProblem()
			.hasStatus(404)
			.hasTitle("Ressource nicht gefunden")
			.hasDetail("Es gibt kein order mit der ID 42.")
			.hasInstance("/orders/42")
			.hasTraceId();
	}

	@Test
	void fallsBackToTheDefaultMessages() {
		assertThat(get("/orders/42", "fr")).doesNotLeak()
			.isProblem()
			.hasStatus(404)
			.hasTitle("Resource not found")
			.hasDetail("There is no order with the id 42.")
			.hasInstance("/orders/42")
			.hasTraceId();
	}

	@Test
	void keepsTheExceptionsOwnTextWhereNoMessageExists() {
		assertThat(get("/orders/check", "de")).doesNotLeak()
			.isProblem()
			.hasStatus(422)
			.hasTitle("Validierung fehlgeschlagen")
			.hasDetail("1 value is invalid.")
			.hasInstance("/orders/check")
			.hasTraceId();
	}

	@Test
	void exceptionsSharingATypeDoNotShareDetailArguments() {
		assertThat(get("/no/such/route", "de")).doesNotLeak()
			.isProblem()
			.hasStatus(404)
			.hasTitle("Ressource nicht gefunden")
			.hasDetail("No resource exists at this path.")
			.hasInstance("/no/such/route")
			.hasTraceId();
	}

	@Test
	void springExceptionsAreLocalisedByClassNameWithSpringsArguments() {
		assertThat(get("/orders/search", "de")).doesNotLeak()
			.isProblem()
			.hasStatus(400)
			.hasDetail("Der Parameter 'query' fehlt.")
			.hasInstance("/orders/search")
			.hasTraceId();
	}

	private MvcTestResult get(String path, String language) {
		return this.mvc.get().uri(path).header("Accept-Language", language).exchange();
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

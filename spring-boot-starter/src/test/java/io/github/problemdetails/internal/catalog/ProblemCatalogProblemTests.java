package io.github.problemdetails.internal.catalog;

import io.github.problemdetails.core.exception.ConflictException;
import io.github.problemdetails.core.exception.GoneException;
import io.github.problemdetails.openapi.ProblemResponse;
import io.github.problemdetails.test.ProblemAssertions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a type base URI that is a path of the application, problems carry relative type
 * references (RFC 9457 §3.1.1) and each one resolves to its description in the catalogue.
 */
@WebMvcTest(properties = { "problem-details.type-base-uri=/problems/",
		"problem-details.exceptions[java.util.concurrent.TimeoutException].status=504",
		"problem-details.exceptions[java.util.concurrent.TimeoutException].code=QUOTE_TIMEOUT" })
// ProblemAssertions.assertThat is called qualified: statically imported, it would take MockMvcTester's requests
// from AssertJ's own assertThat in the other tests.
class ProblemCatalogProblemTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void problemTypeIsARelativeReferenceThatResolvesToItsDescription() {
		ProblemAssertions.assertThat(this.mvc.get().uri("/shipments/7")).doesNotLeak()
			.isProblem()
			.hasStatus(409)
			.hasType("/problems/duplicate")
			.hasCode("SHIPMENT_TAKEN")
			.hasTraceId();
		assertThat(this.mvc.get().uri("/problems/duplicate")).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON)
			.bodyJson()
			.isLenientlyEqualTo("""
					{"slug":"duplicate","type":"/problems/duplicate","title":"Duplicate value","status":409,
					 "code":"SHIPMENT_TAKEN"}""");
	}

	@Test
	void listsBuiltInKindsDeclaredExceptionsAndConfiguredMappings() {
		assertThat(this.mvc.get().uri("/problems/")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.types[*].slug")
			.asArray()
			.contains("malformed-body", "validation-failed", "not-found", "gone", "duplicate", "gateway-timeout",
					"internal-error");
		assertThat(this.mvc.get().uri("/problems/gateway-timeout")).bodyJson()
			.extractingPath("$.code")
			.isEqualTo("QUOTE_TIMEOUT");
		assertThat(this.mvc.get().uri("/problems")).hasStatusOk();
	}

	@Test
	void neverShowsClassNames() {
		ProblemAssertions.assertThat(this.mvc.get().uri("/problems/")).doesNotLeak("io.github", "ShipmentController");
	}

	@Test
	void browsersGetAnHtmlPageAndOtherClientsJson() {
		assertThat(this.mvc.get().uri("/problems/gone").accept(MediaType.TEXT_HTML)).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.TEXT_HTML)
			.bodyText()
			.contains("<h1>Resource gone</h1>", "<dd>410</dd>", "What to do");
		assertThat(this.mvc.get().uri("/problems/gone").accept(MediaType.ALL)).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON);
	}

	@Test
	void unknownTypeIsAProblemToo() {
		ProblemAssertions.assertThat(this.mvc.get().uri("/problems/no-such-type")).doesNotLeak()
			.isProblem()
			.hasStatus(404)
			.hasType("/problems/not-found")
			.hasDetail()
			.hasInstance("/problems/no-such-type")
			.hasTraceId();
	}

	@Test
	void otherMethodsAnswer405WithAllowLikeEveryRoute() {
		for (String path : new String[] { "/problems/", "/problems", "/problems/gone", "/problems/no-such-type" }) {
			ProblemAssertions.assertThat(this.mvc.post().uri(path)).hasAllowedMethods("GET", "HEAD", "OPTIONS")
				.doesNotLeak()
				.isProblem()
				.hasStatus(405)
				.hasType("/problems/method-not-allowed")
				.hasInstance(path)
				.hasTraceId();
		}
		ProblemAssertions.assertThat(this.mvc.delete().uri("/problems/gone"))
			.hasAllowedMethods("GET", "HEAD", "OPTIONS")
			.isProblem()
			.hasStatus(405);
	}

	@Test
	void headAndOptionsAnswerLikeEveryRoute() {
		for (String path : new String[] { "/problems/", "/problems", "/problems/gone", "/problems/no-such-type" }) {
			assertThat(this.mvc.options().uri(path)).hasStatusOk().headers().hasValue("Allow", "GET,HEAD,OPTIONS");
		}
		assertThat(this.mvc.head().uri("/problems/")).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
		assertThat(this.mvc.head().uri("/problems")).hasStatusOk();
		assertThat(this.mvc.head().uri("/problems/gone")).hasStatusOk();
	}

	@RestController
	static class ShipmentController {

		@GetMapping("/shipments/{id}")
		@ProblemResponse(GoneException.class)
		String shipment() throws java.util.concurrent.TimeoutException {
			throw ConflictException.duplicate("shipment", "number").withCode("SHIPMENT_TAKEN");
		}

		@GetMapping("/shipments/{id}/label")
		@ProblemResponse(TakenShipmentException.class)
		String label() {
			throw new TakenShipmentException();
		}

	}

	/** A duplicate that always has its code: the catalogue shows the code on the duplicate page. */
	public static class TakenShipmentException extends ConflictException {

		public TakenShipmentException() {
			super(DUPLICATE_TYPE, DUPLICATE_TITLE, "This shipment number is taken.");
			withCode("SHIPMENT_TAKEN");
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Import(ShipmentController.class)
	static class Config {

	}

}

package io.github.problemdetails.internal.webmvc;

import java.util.concurrent.TimeoutException;

import com.example.billing.CardDeclinedException;
import io.github.problemdetails.core.exception.NotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
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
 * Exceptions mapped in configuration only: the exact YAML of the README, plus mappings in
 * {@code application.properties} syntax along a class hierarchy and over built-in rules.
 */
@WebMvcTest(properties = { "spring.config.import=classpath:problem-details-test/readme-mapping.yml",
		"logging.level.io.github.problemdetails=info",
		"problem-details.exceptions[io.github.problemdetails.internal.webmvc.ExceptionMappingProblemTests$InventoryException].status=409",
		"problem-details.exceptions[io.github.problemdetails.internal.webmvc.ExceptionMappingProblemTests$InventoryException].code=INVENTORY",
		"problem-details.exceptions[io.github.problemdetails.internal.webmvc.ExceptionMappingProblemTests$ReservationExpiredException].status=410",
		"problem-details.exceptions[io.github.problemdetails.internal.webmvc.ExceptionMappingProblemTests$Retryable].status=503",
		"problem-details.exceptions[io.github.problemdetails.internal.webmvc.ExceptionMappingProblemTests$Retryable].type=try-again",
		"problem-details.exceptions[java.lang.IllegalArgumentException].status=400",
		"problem-details.exceptions[java.lang.IllegalArgumentException].expose-message=true",
		"problem-details.exceptions[java.lang.UnsupportedOperationException].status=501",
		"problem-details.exceptions[java.lang.UnsupportedOperationException].expose-message=true",
		"problem-details.exceptions[io.github.problemdetails.core.exception.NotFoundException].code=GONE_MISSING",
		"problem-details.exceptions[org.springframework.http.converter.HttpMessageNotReadableException].type=unreadable" })
@ExtendWith(OutputCaptureExtension.class)
class ExceptionMappingProblemTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void readmeYamlMapsTheApplicationsOwnException(CapturedOutput output) throws Exception {
		JsonNode problem = assertProblem(get("/card"), 402, "/card");
		assertThat(problem.path("type").asString()).isEqualTo("https://errors.example.com/card-declined");
		assertThat(problem.path("title").asString()).isEqualTo("Card declined");
		assertThat(problem.path("code").asString()).isEqualTo("CARD_DECLINED");
		assertThat(problem.path("detail").asString()).doesNotContain("4242");
		assertThat(output.getAll()).contains("INFO").contains("GET /card answered 402");
	}

	@Test
	void readmeYamlMapsALibraryException() throws Exception {
		JsonNode problem = assertProblem(get("/timeout"), 504, "/timeout");
		assertThat(problem.path("type").asString()).isEqualTo("https://errors.example.com/gateway-timeout");
		assertThat(problem.path("detail").asString()).isEqualTo("An upstream service did not answer in time.");
	}

	@Test
	void mappingAppliesToSubclasses() throws Exception {
		JsonNode problem = assertProblem(get("/inventory/out-of-stock"), 409, "/inventory/out-of-stock");
		assertThat(problem.path("code").asString()).isEqualTo("INVENTORY");
	}

	@Test
	void nearestMappingWins() throws Exception {
		JsonNode problem = assertProblem(get("/inventory/expired"), 410, "/inventory/expired");
		assertThat(problem.has("code")).as("the superclass's mapping does not apply at all").isFalse();
	}

	@Test
	void interfaceMappingApplies() throws Exception {
		JsonNode problem = assertProblem(get("/retryable"), 503, "/retryable");
		assertThat(problem.path("type").asString()).isEqualTo("https://errors.example.com/try-again");
	}

	@Test
	void exposedMessageOfAClientErrorIsTheDetail() throws Exception {
		JsonNode problem = assertProblem(get("/argument"), 400, "/argument");
		assertThat(problem.path("detail").asString()).isEqualTo("The 'from' date is after the 'to' date.");
	}

	@Test
	void serverErrorMessageIsNeverExposedWhateverIsConfigured() throws Exception {
		MockHttpServletResponse response = get("/unsupported");
		JsonNode problem = assertProblem(response, 501, "/unsupported");
		assertThat(problem.path("detail").asString()).isEqualTo("This operation is not implemented.");
		assertThat(response.getContentAsString()).doesNotContain("secret-host");
	}

	@Test
	void configurationOverridesTypedExceptionDefaults() throws Exception {
		JsonNode problem = assertProblem(get("/missing"), 404, "/missing");
		assertThat(problem.path("code").asString()).isEqualTo("GONE_MISSING");
		assertThat(problem.path("detail").asString()).isEqualTo("No order with id '7' exists.");
	}

	@Test
	void configurationOverridesSpringExceptionDefaults() throws Exception {
		MockHttpServletResponse response = this.mvc.post().uri("/echo").contentType(MediaType.APPLICATION_JSON)
			.content("{").exchange().getResponse();
		JsonNode problem = assertProblem(response, 400, "/echo");
		assertThat(problem.path("type").asString()).isEqualTo("https://errors.example.com/unreadable");
		assertThat(problem.path("detail").asString()).startsWith("The request body is not well-formed JSON");
	}

	private MockHttpServletResponse get(String path) {
		return this.mvc.get().uri(path).exchange().getResponse();
	}

	record Note(String text) {
	}

	interface Retryable {

	}

	static class InventoryException extends RuntimeException {

		InventoryException(String message) {
			super(message);
		}

	}

	static class OutOfStockException extends InventoryException {

		OutOfStockException() {
			super("SKU A-1 is out of stock");
		}

	}

	static class ReservationExpiredException extends InventoryException {

		ReservationExpiredException() {
			super("reservation 9 expired");
		}

	}

	static class LockBusyException extends RuntimeException implements Retryable {

	}

	@RestController
	static class MappedController {

		@GetMapping("/card")
		String card() {
			throw new CardDeclinedException("card 4242 declined by issuer");
		}

		@GetMapping("/timeout")
		String timeout() throws TimeoutException {
			throw new TimeoutException("pricing-service.internal:8443 did not answer");
		}

		@GetMapping("/inventory/out-of-stock")
		String outOfStock() {
			throw new OutOfStockException();
		}

		@GetMapping("/inventory/expired")
		String expired() {
			throw new ReservationExpiredException();
		}

		@GetMapping("/retryable")
		String retryable() {
			throw new LockBusyException();
		}

		@GetMapping("/argument")
		String argument() {
			throw new IllegalArgumentException("The 'from' date is after the 'to' date.");
		}

		@GetMapping("/unsupported")
		String unsupported() {
			throw new UnsupportedOperationException("secret-host refused");
		}

		@GetMapping("/missing")
		String missing() {
			throw new NotFoundException("order", 7);
		}

		@PostMapping("/echo")
		Note echo(@RequestBody Note note) {
			return note;
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Import(MappedController.class)
	static class Config {

	}

}

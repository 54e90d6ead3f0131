package io.github.problemdetails.internal.webmvc;

import java.util.concurrent.TimeoutException;

import com.example.billing.CardDeclinedException;
import io.github.problemdetails.core.exception.NotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static io.github.problemdetails.test.ProblemAssertions.assertThat;
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
	void readmeYamlMapsTheApplicationsOwnException(CapturedOutput output) {
		assertThat(get("/card")).doesNotLeak()
			.isProblem()
			.hasStatus(402)
			.hasType("https://errors.example.com/card-declined")
			.hasTitle("Card declined")
			.hasCode("CARD_DECLINED")
			.hasDetail()
			.hasInstance("/card")
			.hasTraceId()
			.satisfies((problem) -> assertThat(problem.path("detail").asString()).doesNotContain("4242"));
		assertThat(output.getAll()).contains("INFO").contains("GET /card answered 402");
	}

	@Test
	void readmeYamlMapsALibraryException() {
		assertThat(get("/timeout")).doesNotLeak("pricing-service")
			.isProblem()
			.hasStatus(504)
			.hasType("https://errors.example.com/gateway-timeout")
			.hasDetail("An upstream service did not answer in time.")
			.hasInstance("/timeout")
			.hasTraceId();
	}

	@Test
	void mappingAppliesToSubclasses() {
		assertThat(get("/inventory/out-of-stock")).doesNotLeak()
			.isProblem()
			.hasStatus(409)
			.hasCode("INVENTORY")
			.hasDetail()
			.hasInstance("/inventory/out-of-stock")
			.hasTraceId();
	}

	@Test
	void nearestMappingWins() {
		assertThat(get("/inventory/expired")).doesNotLeak()
			.isProblem()
			.hasStatus(410)
			.as("the superclass's mapping does not apply at all")
			.doesNotHaveMember("code")
			.hasDetail()
			.hasInstance("/inventory/expired")
			.hasTraceId();
	}

	@Test
	void interfaceMappingApplies() {
		assertThat(get("/retryable")).doesNotLeak()
			.isProblem()
			.hasStatus(503)
			.hasType("https://errors.example.com/try-again")
			.hasDetail()
			.hasInstance("/retryable")
			.hasTraceId();
	}

	@Test
	void exposedMessageOfAClientErrorIsTheDetail() {
		assertThat(get("/argument")).doesNotLeak()
			.isProblem()
			.hasStatus(400)
			.hasDetail("The 'from' date is after the 'to' date.")
			.hasInstance("/argument")
			.hasTraceId();
	}

	@Test
	void serverErrorMessageIsNeverExposedWhateverIsConfigured() {
		assertThat(get("/unsupported")).doesNotLeak("secret-host")
			.isProblem()
			.hasStatus(501)
			.hasDetail("This operation is not implemented.")
			.hasInstance("/unsupported")
			.hasTraceId();
	}

	@Test
	void configurationOverridesTypedExceptionDefaults() {
		assertThat(get("/missing")).doesNotLeak()
			.isProblem()
			.hasStatus(404)
			.hasCode("GONE_MISSING")
			.hasDetail("No order with id '7' exists.")
			.hasInstance("/missing")
			.hasTraceId();
	}

	@Test
	void configurationOverridesSpringExceptionDefaults() {
		assertThat(this.mvc.post().uri("/echo").contentType(MediaType.APPLICATION_JSON).content("{")).doesNotLeak()
			.isProblem()
			.hasStatus(400)
			.hasType("https://errors.example.com/unreadable")
			.hasDetail("The request body is not well-formed JSON (line 1, column 2).")
			.hasInstance("/echo")
			.hasTraceId();
	}

	private MvcTestResult get(String path) {
		return this.mvc.get().uri(path).exchange();
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

package io.github.problemdetails.internal.webmvc;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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
import org.springframework.stereotype.Service;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static io.github.problemdetails.testsupport.ProblemResponses.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bean Validation failures of request bodies, parameters and {@code @Validated} services.
 */
@WebMvcTest
class ValidationProblemTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void invalidBodyAnswers422WithPointersIntoNestedObjectsAndLists() throws Exception {
		String order = """
				{"customer": {"email": "not-an-email"}, "items": [{"sku": "A-1", "quantity": 1}, {"sku": "", "quantity": 0}]}
				""";
		JsonNode problem = assertProblem(post("/orders", order), 422, "/orders");
		assertThat(problem.path("type").asString()).isEqualTo("about:blank");
		assertThat(problem.path("title").asString()).isEqualTo("Unprocessable Content");
		assertThat(problem.path("detail").asString()).isEqualTo("3 values are invalid.");
		JsonNode errors = problem.path("errors");
		assertThat(errors).hasSize(3);
		assertViolation(errors.get(0), "/customer/email", "customer.email", "must be a well-formed email address",
				"Email");
		assertViolation(errors.get(1), "/items/1/quantity", "items[1].quantity", "must be greater than 0", "Positive");
		assertViolation(errors.get(2), "/items/1/sku", "items[1].sku", "must not be blank", "NotBlank");
	}

	@Test
	void emptyListAnswers422ForTheListItself() throws Exception {
		JsonNode problem = assertProblem(post("/orders", "{\"customer\": {\"email\": \"a@example.com\"}, \"items\": []}"),
				422, "/orders");
		assertViolation(problem.path("errors").get(0), "/items", "items", "must not be empty", "NotEmpty");
	}

	@Test
	void invalidParametersAnswer422NamingTheParameter() throws Exception {
		MockHttpServletResponse response = this.mvc.get().uri("/orders?limit=500").exchange().getResponse();
		JsonNode problem = assertProblem(response, 422, "/orders");
		JsonNode error = problem.path("errors").get(0);
		assertThat(error.path("parameter").asString()).isEqualTo("limit");
		assertThat(error.has("pointer")).isFalse();
		assertThat(error.path("message").asString()).isEqualTo("must be less than or equal to 100");
		assertThat(error.path("code").asString()).isEqualTo("Max");
	}

	@Test
	void invalidPathVariableAnswers422NamingIt() throws Exception {
		MockHttpServletResponse response = this.mvc.get().uri("/orders/by-code/x").exchange().getResponse();
		JsonNode problem = assertProblem(response, 422, "/orders/by-code/x");
		assertThat(problem.path("errors").get(0).path("parameter").asString()).isEqualTo("code");
		assertThat(problem.path("errors").get(0).path("code").asString()).isEqualTo("Size");
	}

	@Test
	void validatedServiceAnswers422() throws Exception {
		MockHttpServletResponse response = this.mvc.get().uri("/customers/search?email=nope").exchange().getResponse();
		JsonNode problem = assertProblem(response, 422, "/customers/search");
		JsonNode error = problem.path("errors").get(0);
		assertThat(error.path("parameter").asString()).isEqualTo("email");
		assertThat(error.path("code").asString()).isEqualTo("Email");
	}

	@Test
	void validatedServiceWithObjectArgumentPointsIntoIt() throws Exception {
		MockHttpServletResponse response = post("/customers", "{\"email\": \"nope\"}");
		JsonNode problem = assertProblem(response, 422, "/customers");
		assertViolation(problem.path("errors").get(0), "/email", "email", "must be a well-formed email address",
				"Email");
	}

	private static void assertViolation(JsonNode violation, String pointer, String field, String message,
			String code) {
		assertThat(violation.path("pointer").asString()).isEqualTo(pointer);
		assertThat(violation.path("field").asString()).isEqualTo(field);
		assertThat(violation.path("message").asString()).isEqualTo(message);
		assertThat(violation.path("code").asString()).isEqualTo(code);
		assertThat(violation.has("rejectedValue")).isFalse();
	}

	private MockHttpServletResponse post(String path, String json) {
		return this.mvc.post().uri(path).contentType(MediaType.APPLICATION_JSON).content(json).exchange().getResponse();
	}

	record Customer(@NotBlank @Email String email) {
	}

	record Item(@NotBlank String sku, @Positive int quantity) {
	}

	record Order(@Valid Customer customer, @NotEmpty List<@Valid Item> items) {
	}

	@Service
	@Validated
	static class CustomerService {

		String search(@Email String email) {
			return email;
		}

		String register(@Valid Customer customer) {
			return customer.email();
		}

	}

	@RestController
	static class ValidatingController {

		private final CustomerService customers;

		ValidatingController(CustomerService customers) {
			this.customers = customers;
		}

		@PostMapping("/orders")
		Order create(@Valid @RequestBody Order order) {
			return order;
		}

		@GetMapping("/orders")
		List<Order> list(@RequestParam @Max(100) int limit) {
			return List.of();
		}

		@GetMapping("/orders/by-code/{code}")
		String byCode(@PathVariable @Size(min = 3) String code) {
			return code;
		}

		@GetMapping("/customers/search")
		String search(@RequestParam String email) {
			return this.customers.search(email);
		}

		@PostMapping("/customers")
		String register(@RequestBody Customer customer) {
			return this.customers.register(customer);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Import({ ValidatingController.class, CustomerService.class })
	static class Config {

	}

}

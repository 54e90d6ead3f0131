package io.github.problemdetails.internal.webmvc;

import java.util.List;

import io.github.problemdetails.core.FieldViolation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static io.github.problemdetails.test.ProblemAssertions.assertThat;

/**
 * Bean Validation failures of request bodies, parameters and {@code @Validated} services.
 */
@WebMvcTest
class ValidationProblemTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void invalidBodyAnswers422WithPointersIntoNestedObjectsAndLists() {
		String order = """
				{"customer": {"email": "not-an-email"}, "items": [{"sku": "A-1", "quantity": 1}, {"sku": "", "quantity": 0}]}
				""";
		assertThat(post("/orders", order)).doesNotLeak()
			.isProblem()
			.hasStatus(422)
			.hasType("about:blank")
			.hasTitle("Unprocessable Content")
			.hasDetail("3 values are invalid.")
			.hasInstance("/orders")
			.hasTraceId()
			.hasFieldErrors(FieldViolation.ofField("customer.email", "must be a well-formed email address", "Email"),
					FieldViolation.ofField("items[1].quantity", "must be greater than 0", "Positive"),
					FieldViolation.ofField("items[1].sku", "must not be blank", "NotBlank"));
	}

	@Test
	void emptyListAnswers422ForTheListItself() {
		assertThat(post("/orders", "{\"customer\": {\"email\": \"a@example.com\"}, \"items\": []}")).doesNotLeak()
			.isProblem()
			.hasStatus(422)
			.hasDetail()
			.hasInstance("/orders")
			.hasTraceId()
			.hasFieldErrors(FieldViolation.ofField("items", "must not be empty", "NotEmpty"));
	}

	@Test
	void invalidParametersAnswer422NamingTheParameter() {
		assertThat(this.mvc.get().uri("/orders?limit=500")).doesNotLeak()
			.isProblem()
			.hasStatus(422)
			.hasDetail()
			.hasInstance("/orders")
			.hasTraceId()
			.hasFieldErrors(FieldViolation.ofParameter("limit", "must be less than or equal to 100", "Max"));
	}

	@Test
	void invalidPathVariableAnswers422NamingIt() {
		assertThat(this.mvc.get().uri("/orders/by-code/x")).doesNotLeak()
			.isProblem()
			.hasStatus(422)
			.hasDetail()
			.hasInstance("/orders/by-code/x")
			.hasTraceId()
			.hasFieldErrors(FieldViolation.ofParameter("code", "size must be between 3 and 2147483647", "Size"));
	}

	@Test
	void validatedServiceAnswers422() {
		assertThat(this.mvc.get().uri("/customers/search?email=nope")).doesNotLeak()
			.isProblem()
			.hasStatus(422)
			.hasDetail()
			.hasInstance("/customers/search")
			.hasTraceId()
			.hasFieldErrors(FieldViolation.ofParameter("email", "must be a well-formed email address", "Email"));
	}

	@Test
	void validatedServiceWithObjectArgumentPointsIntoIt() {
		assertThat(post("/customers", "{\"email\": \"nope\"}")).doesNotLeak()
			.isProblem()
			.hasStatus(422)
			.hasDetail()
			.hasInstance("/customers")
			.hasTraceId()
			.hasFieldErrors(FieldViolation.ofField("email", "must be a well-formed email address", "Email"));
	}

	private MvcTestResult post(String path, String json) {
		return this.mvc.post().uri(path).contentType(MediaType.APPLICATION_JSON).content(json).exchange();
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

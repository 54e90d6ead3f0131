package io.github.problemdetails.internal.webmvc;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static io.github.problemdetails.test.ProblemAssertions.assertThat;

/**
 * Requests that cannot be read: unparseable bodies and missing or mistyped parameters (400).
 */
@WebMvcTest(properties = "problem-details.type-base-uri=https://errors.example.com/")
class MalformedRequestProblemTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void malformedJsonAnswers400WithoutParserDetails() {
		assertThat(post("/items", "{\"sku\": \"A-1\", \"quantity\": }")).doesNotLeak()
			.isProblem()
			.hasStatus(400)
			.hasType("https://errors.example.com/malformed-body")
			.hasDetail("The request body is not well-formed JSON (line 1, column 28).")
			.hasInstance("/items")
			.hasTraceId();
	}

	@Test
	void truncatedBodyAnswers400() {
		assertThat(post("/items", "{\"sku\": \"A-1\", \"quan")).doesNotLeak()
			.isProblem()
			.hasStatus(400)
			.hasDetail("The request body is not well-formed JSON (line 1, column 21).")
			.hasInstance("/items")
			.hasTraceId();
	}

	@Test
	void wrongJsonTypeAnswers400WithPointer() {
		assertThat(post("/items", "{\"sku\": \"A-1\", \"quantity\": \"many\"}")).doesNotLeak()
			.isProblem()
			.hasStatus(400)
			.hasDetail("The value at '/quantity' does not have the expected type.")
			.hasInstance("/items")
			.hasTraceId();
	}

	@Test
	void wrongTypeInsideListAnswers400WithPointer() {
		assertThat(post("/batches", "[{\"sku\": \"A-1\", \"quantity\": 1}, {\"sku\": \"B-2\", \"quantity\": [1]}]"))
			.doesNotLeak()
			.isProblem()
			.hasStatus(400)
			.hasDetail("The value at '/1/quantity' does not have the expected type.")
			.hasInstance("/batches")
			.hasTraceId();
	}

	@Test
	void missingBodyAnswers400() {
		assertThat(this.mvc.post().uri("/items").contentType(MediaType.APPLICATION_JSON)).doesNotLeak()
			.isProblem()
			.hasStatus(400)
			.hasDetail("The request body is missing.")
			.hasInstance("/items")
			.hasTraceId();
	}

	@Test
	void missingParameterAnswers400NamingIt() {
		assertThat(get("/search")).doesNotLeak()
			.isProblem()
			.hasStatus(400)
			.hasType("https://errors.example.com/missing-parameter")
			.hasDetail("Required parameter 'query' is missing.")
			.hasInstance("/search")
			.hasTraceId();
	}

	@Test
	void missingHeaderAnswers400NamingIt() {
		assertThat(get("/headers")).doesNotLeak()
			.isProblem()
			.hasStatus(400)
			.hasDetail("Required header 'X-Tenant' is missing.")
			.hasInstance("/headers")
			.hasTraceId();
	}

	@Test
	void missingCookieAnswers400NamingIt() {
		assertThat(get("/cookies")).doesNotLeak()
			.isProblem()
			.hasStatus(400)
			.hasDetail("Required cookie 'session' is missing.")
			.hasInstance("/cookies")
			.hasTraceId();
	}

	@Test
	void mistypedPathVariableAnswers400WithoutEchoingIt() {
		assertThat(get("/items/abc<script>")).doesNotLeak("<script>")
			.isProblem()
			.hasStatus(400)
			.hasType("https://errors.example.com/invalid-parameter")
			.hasDetail("Parameter 'id' has a value of the wrong type.")
			.hasInstance("/items/abc%3Cscript%3E")
			.hasTraceId();
	}

	@Test
	void mistypedQueryParameterAnswers400() {
		assertThat(get("/page?number=two")).doesNotLeak()
			.isProblem()
			.hasStatus(400)
			.hasDetail("Parameter 'number' has a value of the wrong type.")
			.hasInstance("/page")
			.hasTraceId();
	}

	private MvcTestResult get(String path) {
		return this.mvc.get().uri(path).exchange();
	}

	private MvcTestResult post(String path, String json) {
		return this.mvc.post().uri(path).contentType(MediaType.APPLICATION_JSON).content(json).exchange();
	}

	record Item(String sku, int quantity) {
	}

	@RestController
	static class ReadingController {

		@PostMapping("/items")
		Item create(@RequestBody Item item) {
			return item;
		}

		@PostMapping("/batches")
		List<Item> createAll(@RequestBody List<Item> items) {
			return items;
		}

		@GetMapping("/items/{id}")
		Item get(@PathVariable long id) {
			return new Item("A-" + id, 1);
		}

		@GetMapping("/search")
		String search(@RequestParam String query) {
			return query;
		}

		@GetMapping("/headers")
		String tenant(@RequestHeader("X-Tenant") String tenant) {
			return tenant;
		}

		@GetMapping("/cookies")
		String session(@CookieValue String session) {
			return session;
		}

		@GetMapping("/page")
		String page(@RequestParam int number) {
			return String.valueOf(number);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Import(ReadingController.class)
	static class Config {

	}

}

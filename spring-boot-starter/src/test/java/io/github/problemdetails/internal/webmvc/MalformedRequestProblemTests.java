package io.github.problemdetails.internal.webmvc;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static io.github.problemdetails.testsupport.ProblemResponses.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests that cannot be read: unparseable bodies and missing or mistyped parameters (400).
 */
@WebMvcTest(properties = "problem-details.type-base-uri=https://errors.example.com/")
class MalformedRequestProblemTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void malformedJsonAnswers400WithoutParserDetails() throws Exception {
		JsonNode problem = assertProblem(post("{\"sku\": \"A-1\", \"quantity\": }"), 400, "/items");
		assertThat(problem.path("type").asString()).isEqualTo("https://errors.example.com/malformed-body");
		assertThat(problem.path("detail").asString())
			.isEqualTo("The request body is not well-formed JSON (line 1, column 28).");
	}

	@Test
	void truncatedBodyAnswers400() throws Exception {
		JsonNode problem = assertProblem(post("{\"sku\": \"A-1\", \"quan"), 400, "/items");
		assertThat(problem.path("detail").asString()).startsWith("The request body is not well-formed JSON");
	}

	@Test
	void wrongJsonTypeAnswers400WithPointer() throws Exception {
		JsonNode problem = assertProblem(post("{\"sku\": \"A-1\", \"quantity\": \"many\"}"), 400, "/items");
		assertThat(problem.path("detail").asString())
			.isEqualTo("The value at '/quantity' does not have the expected type.");
	}

	@Test
	void wrongTypeInsideListAnswers400WithPointer() throws Exception {
		MockHttpServletResponse response = this.mvc.post()
			.uri("/batches")
			.contentType(MediaType.APPLICATION_JSON)
			.content("[{\"sku\": \"A-1\", \"quantity\": 1}, {\"sku\": \"B-2\", \"quantity\": [1]}]")
			.exchange()
			.getResponse();
		JsonNode problem = assertProblem(response, 400, "/batches");
		assertThat(problem.path("detail").asString())
			.isEqualTo("The value at '/1/quantity' does not have the expected type.");
	}

	@Test
	void missingBodyAnswers400() throws Exception {
		MockHttpServletResponse response = this.mvc.post()
			.uri("/items")
			.contentType(MediaType.APPLICATION_JSON)
			.exchange()
			.getResponse();
		JsonNode problem = assertProblem(response, 400, "/items");
		assertThat(problem.path("detail").asString()).isEqualTo("The request body is missing.");
	}

	@Test
	void missingParameterAnswers400NamingIt() throws Exception {
		JsonNode problem = assertProblem(get("/search"), 400, "/search");
		assertThat(problem.path("type").asString()).isEqualTo("https://errors.example.com/missing-parameter");
		assertThat(problem.path("detail").asString()).isEqualTo("Required parameter 'query' is missing.");
	}

	@Test
	void missingHeaderAnswers400NamingIt() throws Exception {
		JsonNode problem = assertProblem(get("/headers"), 400, "/headers");
		assertThat(problem.path("detail").asString()).isEqualTo("Required header 'X-Tenant' is missing.");
	}

	@Test
	void missingCookieAnswers400NamingIt() throws Exception {
		JsonNode problem = assertProblem(get("/cookies"), 400, "/cookies");
		assertThat(problem.path("detail").asString()).isEqualTo("Required cookie 'session' is missing.");
	}

	@Test
	void mistypedPathVariableAnswers400WithoutEchoingIt() throws Exception {
		MockHttpServletResponse response = get("/items/abc<script>");
		JsonNode problem = assertProblem(response, 400, "/items/abc%3Cscript%3E");
		assertThat(problem.path("type").asString()).isEqualTo("https://errors.example.com/invalid-parameter");
		assertThat(problem.path("detail").asString()).isEqualTo("Parameter 'id' has a value of the wrong type.");
	}

	@Test
	void mistypedQueryParameterAnswers400() throws Exception {
		JsonNode problem = assertProblem(get("/page?number=two"), 400, "/page");
		assertThat(problem.path("detail").asString()).isEqualTo("Parameter 'number' has a value of the wrong type.");
	}

	private MockHttpServletResponse get(String path) {
		return this.mvc.get().uri(path).exchange().getResponse();
	}

	private MockHttpServletResponse post(String json) {
		return this.mvc.post().uri("/items").contentType(MediaType.APPLICATION_JSON).content(json).exchange()
			.getResponse();
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

package io.github.problemdetails.internal.webmvc;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static io.github.problemdetails.testsupport.ProblemResponses.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests that reach no handler: unknown routes, wrong methods, unsupported or unacceptable
 * media types.
 */
@WebMvcTest(properties = "problem-details.type-base-uri=https://errors.example.com/")
class RoutingProblemTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void unknownRouteAnswers404() throws Exception {
		JsonNode problem = assertProblem(this.mvc.get().uri("/nowhere").exchange().getResponse(), 404, "/nowhere");
		assertThat(problem.path("type").asString()).isEqualTo("https://errors.example.com/not-found");
		assertThat(problem.path("detail").asString()).isEqualTo("No resource exists at this path.");
	}

	@Test
	void wrongMethodAnswers405WithAllow() throws Exception {
		MockHttpServletResponse response = this.mvc.delete().uri("/notes").exchange().getResponse();
		JsonNode problem = assertProblem(response, 405, "/notes");
		assertThat(problem.path("type").asString()).isEqualTo("https://errors.example.com/method-not-allowed");
		assertThat(response.getHeader("Allow")).contains("GET").contains("POST").contains("PUT");
		assertThat(response.getContentAsString()).doesNotContain("DELETE");
	}

	@Test
	void unsupportedContentTypeAnswers415WithAccept() throws Exception {
		MockHttpServletResponse response = this.mvc.post()
			.uri("/notes")
			.contentType(MediaType.TEXT_PLAIN)
			.content("hello")
			.exchange()
			.getResponse();
		JsonNode problem = assertProblem(response, 415, "/notes");
		assertThat(problem.path("type").asString()).isEqualTo("https://errors.example.com/unsupported-media-type");
		assertThat(response.getHeader("Accept")).contains("application/json");
	}

	@Test
	void unacceptableRepresentationAnswers406AsProblemJson() throws Exception {
		MockHttpServletResponse response = this.mvc.get()
			.uri("/notes")
			.accept(MediaType.IMAGE_PNG)
			.exchange()
			.getResponse();
		JsonNode problem = assertProblem(response, 406, "/notes");
		assertThat(problem.path("type").asString()).isEqualTo("https://errors.example.com/not-acceptable");
	}

	@Test
	void problemIsSentEvenWhenTheClientAcceptsOnlyAnotherType() throws Exception {
		MockHttpServletResponse response = this.mvc.get()
			.uri("/nowhere")
			.accept(MediaType.TEXT_PLAIN)
			.exchange()
			.getResponse();
		assertProblem(response, 404, "/nowhere");
	}

	record Note(String text) {
	}

	@RestController
	static class NotesController {

		@GetMapping(path = "/notes", produces = MediaType.APPLICATION_JSON_VALUE)
		Note get() {
			return new Note("hello");
		}

		@PostMapping(path = "/notes", consumes = MediaType.APPLICATION_JSON_VALUE)
		Note create(@RequestBody Note note) {
			return note;
		}

		@PutMapping(path = "/notes", consumes = MediaType.APPLICATION_JSON_VALUE)
		Note replace(@RequestBody Note note) {
			return note;
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Import(NotesController.class)
	static class Config {

	}

}

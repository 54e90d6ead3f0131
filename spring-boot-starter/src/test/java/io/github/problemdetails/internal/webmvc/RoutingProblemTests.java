package io.github.problemdetails.internal.webmvc;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static io.github.problemdetails.test.ProblemAssertions.assertThat;

/**
 * Requests that reach no handler: unknown routes, wrong methods, unsupported or unacceptable
 * media types.
 */
@WebMvcTest(properties = "problem-details.type-base-uri=https://errors.example.com/")
class RoutingProblemTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void unknownRouteAnswers404() {
		assertThat(this.mvc.get().uri("/nowhere")).doesNotLeak()
			.isProblem()
			.hasStatus(404)
			.hasType("https://errors.example.com/not-found")
			.hasDetail("No resource exists at this path.")
			.hasInstance("/nowhere")
			.hasTraceId();
	}

	@Test
	void wrongMethodAnswers405WithAllow() {
		assertThat(this.mvc.delete().uri("/notes")).hasAllowedMethods("GET", "POST", "PUT")
			.doesNotLeak("DELETE")
			.isProblem()
			.hasStatus(405)
			.hasType("https://errors.example.com/method-not-allowed")
			.hasDetail()
			.hasInstance("/notes")
			.hasTraceId();
	}

	@Test
	void unsupportedContentTypeAnswers415WithAccept() {
		assertThat(this.mvc.post().uri("/notes").contentType(MediaType.TEXT_PLAIN).content("hello"))
			.hasHeader("Accept", "application/json")
			.doesNotLeak()
			.isProblem()
			.hasStatus(415)
			.hasType("https://errors.example.com/unsupported-media-type")
			.hasDetail()
			.hasInstance("/notes")
			.hasTraceId();
	}

	@Test
	void unacceptableRepresentationAnswers406AsProblemJson() {
		assertThat(this.mvc.get().uri("/notes").accept(MediaType.IMAGE_PNG)).doesNotLeak()
			.isProblem()
			.hasStatus(406)
			.hasType("https://errors.example.com/not-acceptable")
			.hasDetail()
			.hasInstance("/notes")
			.hasTraceId();
	}

	@Test
	void problemIsSentEvenWhenTheClientAcceptsOnlyAnotherType() {
		assertThat(this.mvc.get().uri("/nowhere").accept(MediaType.TEXT_PLAIN)).doesNotLeak()
			.isProblem()
			.hasStatus(404)
			.hasDetail()
			.hasInstance("/nowhere")
			.hasTraceId();
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

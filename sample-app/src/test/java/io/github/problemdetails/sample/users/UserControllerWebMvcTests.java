package io.github.problemdetails.sample.users;

import io.github.problemdetails.core.exception.NotFoundException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static io.github.problemdetails.test.ProblemAssertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * A {@code @WebMvcTest} slice of one controller answers failures exactly as the whole
 * application does: the starter's auto-configuration is part of the slice.
 */
@WebMvcTest(UserController.class)
class UserControllerWebMvcTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private UserService users;

	@Test
	void unknownUserAnswers404Problem() {
		given(this.users.get(999)).willThrow(new NotFoundException("user", 999L));
		assertThat(this.mvc.get().uri("/users/999")).doesNotLeak().isProblem()
			.hasStatus(404)
			.hasType("https://problems.example.com/not-found")
			.hasTitle("Resource not found")
			.hasDetail("No user with id '999' exists.")
			.hasInstance("/users/999")
			.hasMember("service", "problem-details-sample")
			.hasTraceId();
	}

	@Test
	void invalidBodyAnswers422WithEveryViolation() {
		assertThat(this.mvc.post()
			.uri("/users")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Ada\", \"email\": \"not-an-address\"}")).doesNotLeak().isProblem()
			.hasStatus(422)
			.hasType("validation-failed")
			.hasFieldError("/email", "must be a well-formed email address")
			.hasFieldErrorCount(1)
			.hasTraceId();
	}

	@Test
	void wrongParameterTypeAnswers400() {
		assertThat(this.mvc.get().uri("/users/abc")).doesNotLeak().isProblem()
			.hasStatus(400)
			.hasType("invalid-parameter")
			.hasTraceId();
	}

	@Test
	void unsupportedContentTypeAnswers415WithTheAcceptedTypes() {
		assertThat(this.mvc.post().uri("/users").contentType(MediaType.TEXT_PLAIN).content("Ada"))
			.hasHeader("Accept", "application/json, application/yaml, application/*+json")
			.doesNotLeak()
			.isProblem()
			.hasStatus(415)
			.hasType("unsupported-media-type")
			.hasInstance("/users")
			.hasTraceId();
	}

}

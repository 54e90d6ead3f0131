package io.github.problemdetails.internal.webmvc;

import java.util.Map;

import io.github.problemdetails.core.exception.ConflictException;
import io.github.problemdetails.core.exception.NotFoundException;
import io.github.problemdetails.test.ProblemAssert;
import io.github.problemdetails.test.ProblemAssertions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast path answers a controller's failure itself only where no handler method of the
 * application takes precedence; the answers over MockMvc are the same either way.
 */
@WebMvcTest
class ProblemHandlerExceptionResolverTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ProblemHandlerExceptionResolver resolver;

	// LaterAdvice handles NotFoundException for every controller, but Spring MVC would never reach it.
	@Test
	void answersFailureOfControllerWithoutHandlersOfItsOwnDespiteLaterAdvice() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		ModelAndView answer = resolve(new PlainController(), response);
		assertThat(answer).isNotNull();
		assertThat(answer.isEmpty()).isTrue();
		ProblemAssertions.assertThat(response).doesNotLeak()
			.isProblem()
			.hasStatus(404)
			.hasDetail()
			.hasInstance("/missing")
			.hasTraceId();
	}

	@Test
	void stepsAsideForControllerWithItsOwnHandler() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		assertThat(resolve(new LocalHandlerController(), response)).isNull();
		assertThat(response.getContentAsString()).isEmpty();
	}

	@Test
	void stepsAsideForControllerWithAdviceOrderedBeforeOurs() throws Exception {
		assertThat(resolve(new AdvisedController(), new MockHttpServletResponse())).isNull();
	}

	@Test
	void stepsAsideForFailureWithoutControllerMethod() throws Exception {
		assertThat(this.resolver.resolveException(new MockHttpServletRequest("GET", "/static/missing"),
				new MockHttpServletResponse(), null, new NotFoundException("file", "missing"))).isNull();
	}

	@Test
	void controllersOwnHandlerWins() throws Exception {
		MockHttpServletResponse response = this.mvc.get().uri("/local/conflict").exchange().getResponse();
		assertThat(response.getStatus()).isEqualTo(418);
		assertThat(response.getContentAsString()).contains("\"handledBy\":\"controller\"");
	}

	@Test
	void ourAdviceAnswersWhatTheControllersHandlerDoesNotTake() {
		assertNotFoundProblem("/local/missing");
	}

	@Test
	void adviceOrderedBeforeOursWins() throws Exception {
		MockHttpServletResponse response = this.mvc.get().uri("/advised/conflict").exchange().getResponse();
		assertThat(response.getStatus()).isEqualTo(418);
		assertThat(response.getContentAsString()).contains("\"handledBy\":\"earlier advice\"");
	}

	@Test
	void ourAdviceAnswersWhatTheEarlierAdviceDoesNotTake() {
		assertNotFoundProblem("/advised/missing");
	}

	@Test
	void adviceOrderedAfterOursNeverAnswers() {
		assertNotFoundProblem("/plain/missing").doesNotHaveMember("handledBy");
	}

	@Test
	void earlierAdviceRestrictedToOtherControllersDoesNotApply() {
		ProblemAssertions.assertThat(this.mvc.get().uri("/plain/conflict")).doesNotLeak()
			.isProblem()
			.hasStatus(409)
			.hasDetail()
			.hasInstance("/plain/conflict")
			.hasTraceId();
	}

	private ProblemAssert assertNotFoundProblem(String path) {
		return ProblemAssertions.assertThat(this.mvc.get().uri(path)).doesNotLeak()
			.isProblem()
			.hasStatus(404)
			.hasDetail()
			.hasInstance(path)
			.hasTraceId();
	}

	private ModelAndView resolve(Object controller, MockHttpServletResponse response) throws Exception {
		HandlerMethod handler = new HandlerMethod(controller, controller.getClass().getDeclaredMethod("missing"));
		return this.resolver.resolveException(new MockHttpServletRequest("GET", "/missing"), response, handler,
				new NotFoundException("thing", "missing"));
	}

	private static ResponseEntity<Map<String, String>> teapot(String handledBy) {
		return ResponseEntity.status(HttpStatus.I_AM_A_TEAPOT).body(Map.of("handledBy", handledBy));
	}

	@RestController
	static class PlainController {

		@GetMapping("/plain/missing")
		String missing() {
			throw new NotFoundException("thing", "missing");
		}

		@GetMapping("/plain/conflict")
		String conflict() {
			throw new ConflictException("The thing is taken.");
		}

	}

	@RestController
	static class LocalHandlerController {

		@GetMapping("/local/missing")
		String missing() {
			throw new NotFoundException("thing", "missing");
		}

		@GetMapping("/local/conflict")
		String conflict() {
			throw new ConflictException("The thing is taken.");
		}

		@ExceptionHandler(ConflictException.class)
		ResponseEntity<Map<String, String>> handleConflict() {
			return teapot("controller");
		}

	}

	@RestController
	static class AdvisedController {

		@GetMapping("/advised/missing")
		String missing() {
			throw new NotFoundException("thing", "missing");
		}

		@GetMapping("/advised/conflict")
		String conflict() {
			throw new ConflictException("The thing is taken.");
		}

	}

	@RestControllerAdvice(assignableTypes = AdvisedController.class)
	@Order(ProblemDetailsControllerAdvice.ORDER - 1)
	static class EarlierAdvice {

		@ExceptionHandler(ConflictException.class)
		ResponseEntity<Map<String, String>> handleConflict() {
			return teapot("earlier advice");
		}

	}

	@RestControllerAdvice
	static class LaterAdvice {

		@ExceptionHandler(NotFoundException.class)
		ResponseEntity<Map<String, String>> handleMissing() {
			return teapot("later advice");
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Import({ PlainController.class, LocalHandlerController.class, AdvisedController.class, EarlierAdvice.class,
			LaterAdvice.class })
	static class Config {

	}

}

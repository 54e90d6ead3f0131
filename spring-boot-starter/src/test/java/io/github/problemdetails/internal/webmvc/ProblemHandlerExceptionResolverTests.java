package io.github.problemdetails.internal.webmvc;

import java.util.Map;

import io.github.problemdetails.core.exception.ConflictException;
import io.github.problemdetails.core.exception.GoneException;
import io.github.problemdetails.core.exception.NotFoundException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
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

import static io.github.problemdetails.test.ProblemAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter answers a failure unless an {@code @ExceptionHandler} of the application handles
 * it (in the controller, or in any advice that applies to the controller, whatever its order),
 * for the exception or one of its causes, as Spring MVC chooses.
 */
@WebMvcTest
class ProblemHandlerExceptionResolverTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ProblemHandlerExceptionResolver resolver;

	@Test
	void answersFailureThatNoHandlerOfTheApplicationTakes() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		ModelAndView answer = resolve(new PlainController(), new ConflictException("The thing is taken."), response);
		assertThat(answer).isNotNull();
		assertThat(answer.isEmpty()).isTrue();
		assertThat(response.getStatus()).isEqualTo(409);
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
	}

	@Test
	void stepsAsideForControllerWithItsOwnHandler() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		assertThat(resolve(new LocalHandlerController(), new ConflictException("Taken."), response)).isNull();
		assertThat(response.getContentAsString()).isEmpty();
	}

	@Test
	void stepsAsideForUnorderedAdviceThatAppliesToEveryController() throws Exception {
		assertThat(resolve(new PlainController(), new NotFoundException("thing", "missing"),
				new MockHttpServletResponse())).isNull();
	}

	@Test
	void stepsAsideForAHandlerOfACause() throws Exception {
		Exception wrapped = new IllegalStateException("Lookup failed", new NotFoundException("thing", "missing"));
		assertThat(resolve(new PlainController(), wrapped, new MockHttpServletResponse())).isNull();
	}

	@Test
	void failureWithoutControllerMethodIsLeftToGlobalAdviceOnly() throws Exception {
		assertThat(this.resolver.resolveException(new MockHttpServletRequest("GET", "/static/missing"),
				new MockHttpServletResponse(), null, new NotFoundException("file", "missing"))).isNull();
		// AdvisedOnlyAdvice handles ConflictException for one controller, not for a failure without one.
		MockHttpServletResponse response = new MockHttpServletResponse();
		assertThat(this.resolver.resolveException(new MockHttpServletRequest("GET", "/static/taken"), response, null,
				new ConflictException("Taken."))).isNotNull();
		assertThat(response.getStatus()).isEqualTo(409);
	}

	@Test
	void controllersOwnHandlerWins() throws Exception {
		MockHttpServletResponse response = get("/local/conflict");
		assertThat(response.getStatus()).isEqualTo(418);
		assertThat(response.getContentAsString()).contains("\"handledBy\":\"controller\"");
	}

	@Test
	void starterAnswersWhatTheControllersHandlerDoesNotTake() throws Exception {
		assertThat(get("/local/gone")).doesNotLeak().isProblem().hasStatus(410).hasInstance("/local/gone").hasTraceId();
	}

	@Test
	void unorderedAdviceAnswersItsExceptionForEveryController() throws Exception {
		MockHttpServletResponse response = get("/plain/missing");
		assertThat(response.getStatus()).isEqualTo(418);
		assertThat(response.getContentAsString()).contains("\"handledBy\":\"global advice\"");
	}

	@Test
	void adviceAnswersAnExceptionWhoseCauseItHandles() throws Exception {
		MockHttpServletResponse response = get("/plain/wrapped");
		assertThat(response.getStatus()).isEqualTo(418);
		assertThat(response.getContentAsString()).contains("\"handledBy\":\"global advice\"");
	}

	@Test
	void adviceForOneControllerAnswersItsFailures() throws Exception {
		MockHttpServletResponse response = get("/advised/conflict");
		assertThat(response.getStatus()).isEqualTo(418);
		assertThat(response.getContentAsString()).contains("\"handledBy\":\"advice of one controller\"");
	}

	@Test
	void adviceForOtherControllersDoesNotApply() throws Exception {
		assertThat(get("/plain/conflict")).doesNotLeak().isProblem().hasStatus(409).hasInstance("/plain/conflict").hasTraceId();
	}

	private MockHttpServletResponse get(String path) {
		return this.mvc.get().uri(path).exchange().getResponse();
	}

	private ModelAndView resolve(Object controller, Exception exception, MockHttpServletResponse response)
			throws Exception {
		HandlerMethod handler = new HandlerMethod(controller, controller.getClass().getDeclaredMethod("conflict"));
		return this.resolver.resolveException(new MockHttpServletRequest("GET", "/conflict"), response, handler,
				exception);
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

		@GetMapping("/plain/wrapped")
		String wrapped() {
			throw new IllegalStateException("Lookup failed", new NotFoundException("thing", "missing"));
		}

		@GetMapping("/plain/conflict")
		String conflict() {
			throw new ConflictException("The thing is taken.");
		}

	}

	@RestController
	static class LocalHandlerController {

		@GetMapping("/local/gone")
		String gone() {
			throw new GoneException("The thing was removed.");
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

		@GetMapping("/advised/conflict")
		String conflict() {
			throw new ConflictException("The thing is taken.");
		}

	}

	@RestControllerAdvice(assignableTypes = AdvisedController.class)
	static class AdvisedOnlyAdvice {

		@ExceptionHandler(ConflictException.class)
		ResponseEntity<Map<String, String>> handleConflict() {
			return teapot("advice of one controller");
		}

	}

	// No @Order: the lowest precedence, as most applications' advice has.
	@RestControllerAdvice
	static class GlobalAdvice {

		@ExceptionHandler(NotFoundException.class)
		ResponseEntity<Map<String, String>> handleMissing() {
			return teapot("global advice");
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Import({ PlainController.class, LocalHandlerController.class, AdvisedController.class, AdvisedOnlyAdvice.class,
			GlobalAdvice.class })
	static class Config {

	}

}

package io.github.problemdetails.internal.webmvc;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SpringMvcHandlerOverrides}: which of Spring MVC's exceptions an advice that
 * extends {@link ResponseEntityExceptionHandler} answers itself.
 */
class SpringMvcHandlerOverridesTests {

	@Test
	void typesThatDoNotExtendTheBaseClassHaveNone() {
		assertThat(SpringMvcHandlerOverrides.of(Object.class)).isNull();
	}

	@Test
	void answersTheExceptionsWhoseMethodItOverridesOnly() {
		SpringMvcHandlerOverrides overrides = SpringMvcHandlerOverrides.of(BindingAdvice.class);
		assertThat(overrides.sharedOverrides()).isEmpty();
		assertThat(overrides.answersItself(ServletRequestBindingException.class)).isTrue();
		assertThat(overrides.answersItself(MissingRequestHeaderException.class)).isTrue();
		assertThat(overrides.answersItself(MethodArgumentNotValidException.class)).isFalse();
		assertThat(overrides.answersItself(NoResourceFoundException.class)).isFalse();
	}

	// handleException passes a missing parameter to its own method before the method of its superclass.
	@Test
	void theMethodOfTheNearestHandledClassDecides() {
		SpringMvcHandlerOverrides overrides = SpringMvcHandlerOverrides.of(BindingAdvice.class);
		assertThat(overrides.answersItself(MissingServletRequestParameterException.class)).isFalse();
	}

	@Test
	void anOverrideInAnIntermediateClassCounts() {
		assertThat(SpringMvcHandlerOverrides.of(SubclassOfBindingAdvice.class)
			.answersItself(ServletRequestBindingException.class)).isTrue();
	}

	@Test
	void anOverrideThatEveryAnswerGoesThroughAnswersEveryException() {
		SpringMvcHandlerOverrides overrides = SpringMvcHandlerOverrides.of(EnvelopeAdvice.class);
		assertThat(overrides.sharedOverrides()).containsExactly("handleExceptionInternal");
		assertThat(overrides.answersItself(HttpRequestMethodNotSupportedException.class)).isTrue();
		assertThat(overrides.answersItself(MethodArgumentNotValidException.class)).isTrue();
	}

	static class BindingAdvice extends ResponseEntityExceptionHandler {

		@Override
		protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException ex,
				HttpHeaders headers, HttpStatusCode status, WebRequest request) {
			return ResponseEntity.badRequest().build();
		}

	}

	static class SubclassOfBindingAdvice extends BindingAdvice {

	}

	static class EnvelopeAdvice extends ResponseEntityExceptionHandler {

		@Override
		protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
				HttpStatusCode statusCode, WebRequest request) {
			return ResponseEntity.status(statusCode).body("envelope");
		}

	}

}

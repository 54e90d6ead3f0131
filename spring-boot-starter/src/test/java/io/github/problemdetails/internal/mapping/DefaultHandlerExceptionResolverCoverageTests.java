package io.github.problemdetails.internal.mapping;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.github.problemdetails.mapping.ProblemRequest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.ConversionNotSupportedException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.method.MethodValidationException;
import org.springframework.validation.method.MethodValidationResult;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.support.DefaultHandlerExceptionResolver;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guard: every exception type that Spring MVC's {@link DefaultHandlerExceptionResolver}
 * handles is mapped by our engine to the status the contract gives it. A new Spring version
 * that handles one more type fails this test until the type is reviewed.
 */
class DefaultHandlerExceptionResolverCoverageTests {

	private final ProblemMapper mapper = new ProblemMapper(MappingSettings.defaults());

	@Test
	void everyTypeSpringMvcHandlesHasAReviewedMapping() {
		Set<Class<?>> handled = Arrays.stream(DefaultHandlerExceptionResolver.class.getDeclaredMethods())
			.filter((method) -> method.getName().startsWith("handle") && method.getParameterCount() > 0)
			.map((method) -> method.getParameterTypes()[0])
			.filter(Throwable.class::isAssignableFrom)
			// handleDisconnectedClientException(Exception): the advice answers nobody when the client has gone.
			.filter((type) -> type != Exception.class)
			.collect(Collectors.toSet());
		assertThat(handled).isNotEmpty();
		assertThat(samples().keySet()).containsAll(handled);
	}

	@Test
	void everyHandledTypeAnswersItsContractStatus() {
		samples().forEach((type, sample) -> {
			Throwable exception = sample.exception().get();
			assertThat(exception).isInstanceOf(type);
			MappedProblem mapped = this.mapper.map(exception, ProblemRequest.of("/x", "trace-1"));
			assertThat(mapped.status()).as(type.getSimpleName()).isEqualTo(sample.status());
		});
	}

	@Test
	void ruleIsChosenOncePerClass() {
		ExceptionRules rules = new ExceptionRules(BuiltInExceptionRules.create(MappingSettings.defaults()), MappingSettings.defaults());
		assertThat(rules.resolutionFor(TypeMismatchException.class))
			.isSameAs(rules.resolutionFor(TypeMismatchException.class));
		assertThat(rules.resolutionFor(IllegalStateException.class).rule())
			.isSameAs(rules.resolutionFor(IllegalArgumentException.class).rule());
	}

	private static Map<Class<?>, Sample> samples() {
		MethodParameter parameter = new MethodParameter(handlerMethod(), 0);
		ParameterValidationResult invalidId = new ParameterValidationResult(parameter, "x",
				List.of(new DefaultMessageSourceResolvable(new String[] { "Size" }, "size must be 3")), null, null, null,
				(error, type) -> error);
		MethodValidationResult validation = MethodValidationResult.create(new Object(), handlerMethod(),
				List.of(invalidId));
		Map<Class<?>, Sample> samples = new LinkedHashMap<>();
		samples.put(HttpRequestMethodNotSupportedException.class,
				new Sample(() -> new HttpRequestMethodNotSupportedException("DELETE", List.of("GET")), 405));
		samples.put(HttpMediaTypeNotSupportedException.class, new Sample(
				() -> new HttpMediaTypeNotSupportedException(MediaType.TEXT_PLAIN, List.of(MediaType.APPLICATION_JSON)),
				415));
		samples.put(HttpMediaTypeNotAcceptableException.class,
				new Sample(() -> new HttpMediaTypeNotAcceptableException(List.of(MediaType.APPLICATION_JSON)), 406));
		// Spring treats a path variable missing from the mapping as a server-side mistake.
		samples.put(MissingPathVariableException.class,
				new Sample(() -> new MissingPathVariableException("id", parameter), 500));
		samples.put(MissingServletRequestParameterException.class,
				new Sample(() -> new MissingServletRequestParameterException("q", "String"), 400));
		samples.put(MissingServletRequestPartException.class,
				new Sample(() -> new MissingServletRequestPartException("file"), 400));
		samples.put(ServletRequestBindingException.class,
				new Sample(() -> new ServletRequestBindingException("binding"), 400));
		// The contract answers validation with 422 where Spring answers 400.
		samples.put(MethodArgumentNotValidException.class, new Sample(
				() -> new MethodArgumentNotValidException(parameter, new BeanPropertyBindingResult(new Object(), "o")),
				422));
		samples.put(HandlerMethodValidationException.class,
				new Sample(() -> new HandlerMethodValidationException(validation), 422));
		samples.put(NoHandlerFoundException.class,
				new Sample(() -> new NoHandlerFoundException("GET", "/x", new HttpHeaders()), 404));
		samples.put(NoResourceFoundException.class,
				new Sample(() -> new NoResourceFoundException(HttpMethod.GET, "/x", "x"), 404));
		samples.put(AsyncRequestTimeoutException.class, new Sample(AsyncRequestTimeoutException::new, 503));
		samples.put(ConversionNotSupportedException.class,
				new Sample(() -> new ConversionNotSupportedException("x", Integer.class, null), 500));
		samples.put(TypeMismatchException.class, new Sample(() -> new TypeMismatchException("x", Integer.class), 400));
		samples.put(HttpMessageNotReadableException.class, new Sample(
				() -> new HttpMessageNotReadableException("unreadable", new MockHttpInputMessage(new byte[0])), 400));
		samples.put(HttpMessageNotWritableException.class,
				new Sample(() -> new HttpMessageNotWritableException("unwritable"), 500));
		samples.put(MethodValidationException.class,
				new Sample(() -> new MethodValidationException(validation), 500));
		// Never written: the advice answers nobody when the client has gone.
		samples.put(AsyncRequestNotUsableException.class,
				new Sample(() -> new AsyncRequestNotUsableException("gone"), 500));
		return samples;
	}

	private static Method handlerMethod() {
		try {
			return DefaultHandlerExceptionResolverCoverageTests.class.getDeclaredMethod("handler", String.class);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String handler(String id) {
		return id;
	}

	record Sample(Supplier<Throwable> exception, int status) {
	}

}

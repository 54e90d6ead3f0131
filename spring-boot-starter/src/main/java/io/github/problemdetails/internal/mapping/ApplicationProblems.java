package io.github.problemdetails.internal.mapping;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.github.problemdetails.core.Problem;
import io.github.problemdetails.core.ProblemStatus;
import io.github.problemdetails.mapping.ProblemRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.logging.LogLevel;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.server.ResponseStatusException;

/**
 * Answers an exception of the application's own that is an {@link ErrorResponse} (typically a
 * subclass of {@link ErrorResponseException}) with its own body: status, type, title, detail,
 * instance, members and headers as the application built them, localised by Spring's own
 * {@link ErrorResponse#updateAndGetBody} and then completed to the contract. Spring's own
 * exceptions are not the application's: they keep the starter's answers.
 */
final class ApplicationProblems {

	private static final String SPRING_PACKAGE = "org.springframework.";

	private final MappingSettings settings;

	private final ProblemTexts texts;

	private final ProblemCompletion completion;

	ApplicationProblems(MappingSettings settings, ProblemTexts texts, ProblemCompletion completion) {
		this.settings = settings;
		this.texts = texts;
		this.completion = completion;
	}

	/**
	 * Whether the exceptions of a class are the application's own {@link ErrorResponse}s:
	 * classes outside Spring, and Spring's {@link ErrorResponseException} itself, which only
	 * applications throw with a body of their own.
	 * @param exceptionClass the exception class
	 * @return whether its body is the application's
	 */
	static boolean isApplicationBuilt(Class<?> exceptionClass) {
		return ErrorResponse.class.isAssignableFrom(exceptionClass)
				&& (!exceptionClass.getName().startsWith(SPRING_PACKAGE)
						|| exceptionClass == ErrorResponseException.class);
	}

	/**
	 * Answer the exception with its own body, completed.
	 * @param errorResponse the exception
	 * @param request the failed request
	 * @param logLevel the configured log level, or {@code null} for the level of the status
	 * @return the answer, or {@code null} when the exception has no error status to answer with
	 */
	@Nullable MappedProblem map(ErrorResponse errorResponse, ProblemRequest request, @Nullable LogLevel logLevel) {
		int status = errorResponse.getStatusCode().value();
		if (!ProblemStatus.isError(status)) {
			return null;
		}
		Throwable exception = (Throwable) errorResponse;
		ProblemDetail body = errorResponse.getBody();
		Locale springLanguage = updateBody(errorResponse, request.locale());
		// A ResponseStatusException's detail is its reason, which is also its message: never shown for a 5xx.
		if (exception instanceof ResponseStatusException && ProblemStatus.isServerError(status)) {
			body.setDetail(null);
		}
		// The contract reserves the trace-ID member: the exception's own never replaces the request's. A copy,
		// since the application's map may be immutable.
		Map<String, Object> properties = body.getProperties();
		if (properties != null && request.traceId() != null && properties.containsKey(this.settings.traceIdMember())) {
			Map<String, Object> others = new LinkedHashMap<>(properties);
			others.remove(this.settings.traceIdMember());
			body.setProperties(others);
		}
		Locale language = this.completion.complete(body, status, request);
		return new MappedProblem(toProblem(body, status), errorResponse.getHeaders(), logLevel, exception,
				(language != null) ? language : springLanguage);
	}

	// Spring's own localisation of an ErrorResponse, under its codes; reports the language it translated into.
	private @Nullable Locale updateBody(ErrorResponse errorResponse, Locale locale) {
		if (!this.texts.hasMessages()) {
			return null;
		}
		ProblemDetail body = errorResponse.getBody();
		String title = body.getTitle();
		String detail = body.getDetail();
		errorResponse.updateAndGetBody(this.texts.messageSource(), locale);
		String newTitle = body.getTitle();
		if (newTitle != null && !newTitle.equals(title)) {
			return this.texts.languageOf(errorResponse.getTitleMessageCode(), null, newTitle, locale);
		}
		String newDetail = body.getDetail();
		if (newDetail != null && !newDetail.equals(detail)) {
			return this.texts.languageOf(errorResponse.getDetailMessageCode(),
					errorResponse.getDetailMessageArguments(this.texts.messageSource(), locale), newDetail, locale);
		}
		return null;
	}

	// The completed body has every member the contract asks for, and none named like a standard one.
	private static Problem toProblem(ProblemDetail body, int status) {
		Problem.Builder problem = Problem.builder()
			.status(status)
			.type(body.getType())
			.title(body.getTitle())
			.detail(body.getDetail())
			.instance(body.getInstance());
		if (body.getProperties() != null) {
			body.getProperties().forEach((name, value) -> {
				if (value != null) {
					problem.extension(name, value);
				}
			});
		}
		return problem.build();
	}

}

package io.github.problemdetails.internal.mapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.problemdetails.core.FieldViolation;
import io.github.problemdetails.core.ProblemStatus;
import io.github.problemdetails.core.exception.ProblemException;
import io.github.problemdetails.core.exception.ProblemHeaders;
import io.github.problemdetails.core.exception.ValidationException;
import io.github.problemdetails.internal.validation.ConstraintViolations;
import io.github.problemdetails.internal.validation.FieldViolations;
import io.github.problemdetails.mapping.ExceptionRule;
import io.github.problemdetails.mapping.ProblemDraft;
import io.github.problemdetails.mapping.ProblemRequest;
import jakarta.validation.ConstraintViolationException;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.ConversionNotSupportedException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.ClassUtils;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestCookieException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * The engine's rules for our typed exceptions and for the exceptions Spring raises while it
 * reads a request. Spring's other {@code ErrorResponse} exceptions (405, 406, 415, 413, 404 of
 * an unknown route, 503 of an async timeout) need no rule of their own: their status and
 * headers are taken as they are, with our slug, title and detail for the status.
 */
final class BuiltInExceptionRules {

	private static final boolean BEAN_VALIDATION_PRESENT = ClassUtils
		.isPresent("jakarta.validation.ConstraintViolationException", BuiltInExceptionRules.class.getClassLoader());

	// Stable output: Bean Validation reports violations in no particular order.
	private static final Comparator<FieldViolation> VIOLATION_ORDER = Comparator
		.comparing((FieldViolation violation) -> (violation.pointer() != null) ? violation.pointer()
				: violation.parameter())
		.thenComparing(FieldViolation::message);

	private BuiltInExceptionRules() {
	}

	// The rules capture plain values only: they are cached with the exception class.
	static Map<Class<? extends Throwable>, ExceptionRule> create(MappingSettings settings) {
		int validationStatus = settings.validationStatus();
		boolean rejectedValues = settings.includeRejectedValues();
		String challenge = settings.challenge();
		boolean exposeClientErrorMessages = settings.exposeClientErrorMessages();
		Map<Class<? extends Throwable>, ExceptionRule> rules = new LinkedHashMap<>();
		rules.put(ProblemException.class,
				(exception, request) -> typed((ProblemException) exception, challenge, request));
		rules.put(ValidationException.class,
				(exception, request) -> typedValidation((ValidationException) exception, validationStatus));
		rules.put(MethodArgumentNotValidException.class, (exception, request) -> validation(validationStatus,
				FieldViolations.of((MethodArgumentNotValidException) exception, rejectedValues)));
		rules.put(BindException.class, (exception, request) -> validation(validationStatus,
				FieldViolations.of(((BindException) exception).getBindingResult(), false, rejectedValues)));
		rules.put(HandlerMethodValidationException.class, (exception, request) -> validation(validationStatus,
				FieldViolations.of((HandlerMethodValidationException) exception, rejectedValues)));
		rules.put(HttpMessageNotReadableException.class, (exception, request) -> ProblemKind.MALFORMED_BODY
			.draft(UnreadableBodyDetail.of((HttpMessageNotReadableException) exception)));
		rules.put(MissingServletRequestParameterException.class, (exception, request) -> missing("parameter",
				((MissingServletRequestParameterException) exception).getParameterName()));
		rules.put(MissingRequestHeaderException.class, (exception, request) -> missing("header",
				((MissingRequestHeaderException) exception).getHeaderName()));
		rules.put(MissingRequestCookieException.class, (exception, request) -> missing("cookie",
				((MissingRequestCookieException) exception).getCookieName()));
		rules.put(MissingServletRequestPartException.class, (exception, request) -> missing("part",
				((MissingServletRequestPartException) exception).getRequestPartName()));
		rules.put(MultipartException.class,
				(exception, request) -> multipart((MultipartException) exception, exposeClientErrorMessages));
		rules.put(TypeMismatchException.class, (exception, request) -> typeMismatch((TypeMismatchException) exception));
		// A subclass of TypeMismatchException, but no converter exists at all: the server's mistake.
		rules.put(ConversionNotSupportedException.class, (exception, request) -> ProblemDraft.ofStatus(500));
		if (BEAN_VALIDATION_PRESENT) {
			rules.put(ConstraintViolationException.class, (exception, request) -> validation(validationStatus,
					ConstraintViolations.of((ConstraintViolationException) exception, rejectedValues)));
		}
		return rules;
	}

	private static ProblemDraft typed(ProblemException problem, @Nullable String challenge, ProblemRequest request) {
		// Contract: a 5xx detail is a generic sentence; the message of a typed 5xx is for the log only.
		String detail = ProblemStatus.isServerError(problem.getStatus()) ? null : problem.getDetail();
		HttpHeaders headers = headersOf(problem);
		if (problem.getStatus() == 401 && !headers.containsHeader(ProblemHeaders.WWW_AUTHENTICATE)) {
			headers = HttpHeaders.copyOf(headers);
			headers.set(ProblemHeaders.WWW_AUTHENTICATE, AuthenticationChallenge.of(challenge, request));
		}
		return new ProblemDraft(problem.getStatus(), problem.getType(), problem.getTitle(), detail,
				problem.getCode(), List.of(), problem.getExtensions(), headers);
	}

	private static ProblemDraft typedValidation(ValidationException exception, int validationStatus) {
		return new ProblemDraft(validationStatus, exception.getType(), exception.getTitle(), exception.getDetail(),
				exception.getCode(), sorted(exception.getViolations()), exception.getExtensions(),
				headersOf(exception));
	}

	private static ProblemDraft validation(int validationStatus, List<FieldViolation> violations) {
		ProblemKind kind = ProblemKind.VALIDATION_FAILED;
		String detail = ValidationException.detailFor(violations.size());
		return new ProblemDraft(validationStatus, kind.slug(), kind.title(), detail, null, sorted(violations), Map.of(),
				HttpHeaders.EMPTY);
	}

	private static ProblemDraft missing(String what, String name) {
		return ProblemKind.MISSING_PARAMETER.draft("Required " + what + " '" + name + "' is missing.");
	}

	// Spring parses a multipart body before it chooses a handler: one without a boundary, with an empty one or
	// without its closing delimiter is the client's fault. An upload over the limits keeps its own status (413),
	// and a server without a multipart configuration (an illegal state) is the server's fault.
	private static ProblemDraft multipart(MultipartException exception, boolean exposeClientErrorMessages) {
		if (exception instanceof ErrorResponse tooLarge) {
			String detail = exposeClientErrorMessages ? tooLarge.getBody().getDetail() : null;
			return ProblemDraft.ofStatus(tooLarge.getStatusCode().value(), detail, tooLarge.getHeaders());
		}
		if (Causes.firstMatching(exception.getCause(), IllegalStateException.class::isInstance) != null) {
			return ProblemDraft.ofStatus(500);
		}
		return ProblemKind.MALFORMED_BODY.draft("The multipart body is malformed.");
	}

	private static ProblemDraft typeMismatch(TypeMismatchException exception) {
		String name = (exception instanceof MethodArgumentTypeMismatchException argument) ? argument.getName()
				: exception.getPropertyName();
		String detail = (name != null) ? "Parameter '" + name + "' has a value of the wrong type."
				: "A parameter has a value of the wrong type.";
		return ProblemKind.INVALID_PARAMETER.draft(detail);
	}

	private static List<FieldViolation> sorted(List<FieldViolation> violations) {
		List<FieldViolation> sorted = new ArrayList<>(violations);
		sorted.sort(VIOLATION_ORDER);
		return List.copyOf(sorted);
	}

	private static HttpHeaders headersOf(ProblemException exception) {
		Map<String, String> declared = exception.getHeaders();
		if (declared.isEmpty()) {
			return HttpHeaders.EMPTY;
		}
		HttpHeaders headers = new HttpHeaders();
		declared.forEach(headers::set);
		return headers;
	}

}

package io.github.problemdetails.internal.validation;

import java.util.ArrayList;
import java.util.List;

import io.github.problemdetails.core.FieldViolation;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.MatrixVariable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Turns Spring's validation results into {@link FieldViolation}s: fields of a request body
 * get a JSON pointer, request parameters get their name.
 */
public final class FieldViolations {

	// A binding failure's default message names Java types and echoes the input (contract: never).
	private static final String BINDING_FAILURE_MESSAGE = "has a value of the wrong type";

	private FieldViolations() {
	}

	/**
	 * Violations of a {@link BindingResult}, such as the one of a
	 * {@link MethodArgumentNotValidException}.
	 * @param result the binding result
	 * @param body whether the bound object is the request body (else request parameters)
	 * @param includeRejectedValues whether to show rejected values that are safe to show
	 * @return the violations, field errors first
	 */
	public static List<FieldViolation> of(BindingResult result, boolean body, boolean includeRejectedValues) {
		List<FieldViolation> violations = new ArrayList<>(result.getErrorCount());
		addAll(violations, result, body, "", includeRejectedValues);
		return violations;
	}

	/**
	 * Violations of a failed {@code @Valid} argument.
	 * @param exception the exception
	 * @param includeRejectedValues whether to show rejected values that are safe to show
	 * @return the violations
	 */
	public static List<FieldViolation> of(MethodArgumentNotValidException exception, boolean includeRejectedValues) {
		return of(exception.getBindingResult(), isBody(exception.getParameter()), includeRejectedValues);
	}

	/**
	 * Violations of Spring's built-in method validation of a controller method.
	 * @param exception the exception
	 * @param includeRejectedValues whether to show rejected values that are safe to show
	 * @return the violations
	 */
	public static List<FieldViolation> of(HandlerMethodValidationException exception, boolean includeRejectedValues) {
		List<FieldViolation> violations = new ArrayList<>();
		for (ParameterValidationResult result : exception.getParameterValidationResults()) {
			MethodParameter parameter = result.getMethodParameter();
			boolean body = isBody(parameter);
			if (result instanceof ParameterErrors errors) {
				addAll(violations, errors, body, containerPrefix(result), includeRejectedValues);
			}
			else {
				for (MessageSourceResolvable error : result.getResolvableErrors()) {
					String message = messageOf(error);
					String code = codeOf(error);
					String name = nameOf(parameter);
					FieldViolation violation = body
							? FieldViolation.ofPointer(FieldViolation.pointerOf(containerPrefix(result)), null, message,
									code)
							: FieldViolation.ofParameter(name, message, code);
					violations.add(RejectedValues.show(violation, name, result.getArgument(), includeRejectedValues));
				}
			}
		}
		return violations;
	}

	private static void addAll(List<FieldViolation> violations, Errors errors, boolean body, String prefix,
			boolean includeRejectedValues) {
		for (FieldError error : errors.getFieldErrors()) {
			String message = error.isBindingFailure() ? BINDING_FAILURE_MESSAGE : messageOf(error);
			String field = prefix.isEmpty() ? error.getField() : prefix + "." + error.getField();
			FieldViolation violation = body ? FieldViolation.ofField(field, message, error.getCode())
					: FieldViolation.ofParameter(field, message, error.getCode());
			// A binding failure's rejected value is raw input of the wrong type: never echoed.
			violations.add(RejectedValues.show(violation, field, error.getRejectedValue(),
					includeRejectedValues && !error.isBindingFailure()));
		}
		for (ObjectError error : errors.getGlobalErrors()) {
			violations.add(FieldViolation.ofPointer(FieldViolation.pointerOf(prefix), null, messageOf(error),
					error.getCode()));
		}
	}

	// An element of a validated List or Map argument: "[2]" or "[key]" in front of its fields.
	private static String containerPrefix(ParameterValidationResult result) {
		if (result.getContainerIndex() != null) {
			return "[" + result.getContainerIndex() + "]";
		}
		if (result.getContainerKey() != null) {
			return "[" + result.getContainerKey() + "]";
		}
		return "";
	}

	private static boolean isBody(MethodParameter parameter) {
		return parameter.hasParameterAnnotation(RequestBody.class)
				|| parameter.hasParameterAnnotation(RequestPart.class);
	}

	static String nameOf(MethodParameter parameter) {
		String declared = declaredName(parameter);
		if (declared != null && !declared.isEmpty()) {
			return declared;
		}
		String name = parameter.getParameterName();
		return (name != null) ? name : "arg" + parameter.getParameterIndex();
	}

	private static @Nullable String declaredName(MethodParameter parameter) {
		RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
		if (requestParam != null) {
			return requestParam.name();
		}
		PathVariable pathVariable = parameter.getParameterAnnotation(PathVariable.class);
		if (pathVariable != null) {
			return pathVariable.name();
		}
		RequestHeader requestHeader = parameter.getParameterAnnotation(RequestHeader.class);
		if (requestHeader != null) {
			return requestHeader.name();
		}
		CookieValue cookieValue = parameter.getParameterAnnotation(CookieValue.class);
		if (cookieValue != null) {
			return cookieValue.name();
		}
		MatrixVariable matrixVariable = parameter.getParameterAnnotation(MatrixVariable.class);
		return (matrixVariable != null) ? matrixVariable.name() : null;
	}

	private static String messageOf(MessageSourceResolvable error) {
		String message = error.getDefaultMessage();
		return (message != null) ? message : "is invalid";
	}

	// The last code is the plain constraint name ("NotBlank"); the others add object and field names.
	private static @Nullable String codeOf(MessageSourceResolvable error) {
		String[] codes = error.getCodes();
		return (codes != null && codes.length > 0) ? codes[codes.length - 1] : null;
	}

}

package io.github.problemdetails.internal.validation;

import java.util.ArrayList;
import java.util.List;

import io.github.problemdetails.core.FieldViolation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * Turns the {@link ConstraintViolationException} of a {@code @Validated} bean's method into
 * {@link FieldViolation}s. A violation on a parameter itself names the parameter; one inside
 * a parameter's object gets a JSON pointer to the property. Only loaded when Bean Validation
 * is on the classpath.
 */
public final class ConstraintViolations {

	private ConstraintViolations() {
	}

	/**
	 * Violations of the given exception.
	 * @param exception the exception
	 * @param includeRejectedValues whether to show rejected values that are safe to show
	 * @return the violations
	 */
	public static List<FieldViolation> of(ConstraintViolationException exception, boolean includeRejectedValues) {
		List<FieldViolation> violations = new ArrayList<>();
		if (exception.getConstraintViolations() == null) {
			return violations;
		}
		for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
			violations.add(of(violation, includeRejectedValues));
		}
		return violations;
	}

	private static FieldViolation of(ConstraintViolation<?> violation, boolean includeRejectedValues) {
		String parameter = null;
		StringBuilder property = new StringBuilder();
		for (Path.Node node : violation.getPropertyPath()) {
			ElementKind kind = node.getKind();
			if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR
					|| kind == ElementKind.CROSS_PARAMETER || kind == ElementKind.RETURN_VALUE) {
				continue;
			}
			if (kind == ElementKind.PARAMETER) {
				parameter = node.getName();
				continue;
			}
			appendNode(property, node);
		}
		String message = violation.getMessage();
		String code = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
		if (parameter != null && property.isEmpty()) {
			return RejectedValues.show(FieldViolation.ofParameter(parameter, message, code), parameter,
					violation.getInvalidValue(), includeRejectedValues);
		}
		return RejectedValues.show(FieldViolation.ofField(property.toString(), message, code), property.toString(),
				violation.getInvalidValue(), includeRejectedValues);
	}

	private static void appendNode(StringBuilder property, Path.Node node) {
		if (node.isInIterable()) {
			Object position = (node.getIndex() != null) ? node.getIndex() : node.getKey();
			if (position != null) {
				property.append('[').append(position).append(']');
			}
		}
		String name = node.getName();
		if (name != null && !name.isEmpty() && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
			if (!property.isEmpty()) {
				property.append('.');
			}
			property.append(name);
		}
	}

}

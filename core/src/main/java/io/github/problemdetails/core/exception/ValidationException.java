package io.github.problemdetails.core.exception;

import java.util.List;
import java.util.Objects;

import io.github.problemdetails.core.FieldViolation;

/**
 * A 422 Unprocessable Content problem: the request is well-formed but some of its values are invalid. The
 * starter lists the violations in the {@code errors} member.
 * <p>
 * The starter may be configured to answer with 400 instead; the exception's own status stays 422.
 */
public class ValidationException extends ProblemException {

	private static final long serialVersionUID = 1L;

	/**
	 * Type slug of a validation problem.
	 */
	public static final String TYPE = "validation-failed";

	/**
	 * Title of a validation problem.
	 */
	public static final String TITLE = "Validation failed";

	private final List<FieldViolation> violations;

	/**
	 * Create a validation problem whose detail counts the violations, such as {@code 2 values are invalid.}
	 * @param violations the violations; not {@code null}, not empty and without {@code null} elements
	 * @throws IllegalArgumentException if there are no violations
	 */
	public ValidationException(List<FieldViolation> violations) {
		this(detailOf(violations), violations);
	}

	/**
	 * Create a validation problem with the given detail.
	 * @param detail the explanation of this occurrence, or {@code null} for none
	 * @param violations the violations; not {@code null}, not empty and without {@code null} elements
	 * @throws IllegalArgumentException if there are no violations
	 */
	public ValidationException(String detail, List<FieldViolation> violations) {
		this(TYPE, TITLE, detail, violations, null);
	}

	/**
	 * Create a validation problem with the given detail, caused by the given failure.
	 * @param detail the explanation of this occurrence, or {@code null} for none
	 * @param violations the violations; not {@code null}, not empty and without {@code null} elements
	 * @param cause the underlying failure, such as a validator's own exception, or {@code null} for none
	 * @throws IllegalArgumentException if there are no violations
	 */
	public ValidationException(String detail, List<FieldViolation> violations, Throwable cause) {
		this(TYPE, TITLE, detail, violations, cause);
	}

	/**
	 * Create a 422 problem with its own type, for subclasses.
	 * @param type the type slug or absolute URI; not {@code null} or blank
	 * @param title the title of the type; not {@code null}
	 * @param detail the explanation of this occurrence, or {@code null} for none
	 * @param violations the violations; not {@code null}, not empty and without {@code null} elements
	 * @throws IllegalArgumentException if there are no violations
	 */
	protected ValidationException(String type, String title, String detail, List<FieldViolation> violations) {
		this(type, title, detail, violations, null);
	}

	/**
	 * Create a 422 problem with its own type and a cause, for subclasses.
	 * @param type the type slug or absolute URI; not {@code null} or blank
	 * @param title the title of the type; not {@code null}
	 * @param detail the explanation of this occurrence, or {@code null} for none
	 * @param violations the violations; not {@code null}, not empty and without {@code null} elements
	 * @param cause the underlying failure, or {@code null} for none
	 * @throws IllegalArgumentException if there are no violations
	 */
	protected ValidationException(String type, String title, String detail, List<FieldViolation> violations,
			Throwable cause) {
		super(422, type, title, detail, cause);
		this.violations = List.copyOf(requireNotEmpty(violations));
		putDetailArguments(this.violations.size());
	}

	/**
	 * Create a validation problem for one invalid request body field.
	 * @param fieldPath the bean property path of the field, such as {@code items[0].quantity}; not {@code null}
	 * @param message the human-readable description of the violation; not {@code null}
	 * @param code the machine-readable violation code, or {@code null} for none
	 * @return the exception
	 * @see FieldViolation#ofField(String, String, String)
	 */
	public static ValidationException of(String fieldPath, String message, String code) {
		return new ValidationException(List.of(FieldViolation.ofField(fieldPath, message, code)));
	}

	/**
	 * Return the violations, in the order given.
	 * @return an unmodifiable, non-empty list
	 */
	public List<FieldViolation> getViolations() {
		return List.copyOf(this.violations);
	}

	/**
	 * The default detail of a validation problem with the given number of violations, such as
	 * {@code 2 values are invalid.}; the same wording whichever validation produced them.
	 * @param violationCount the number of violations
	 * @return the detail
	 */
	public static String detailFor(int violationCount) {
		return (violationCount == 1) ? "1 value is invalid." : violationCount + " values are invalid.";
	}

	private static String detailOf(List<FieldViolation> violations) {
		return detailFor(requireNotEmpty(violations).size());
	}

	private static List<FieldViolation> requireNotEmpty(List<FieldViolation> violations) {
		Objects.requireNonNull(violations, "'violations' must not be null");
		if (violations.isEmpty()) {
			throw new IllegalArgumentException("'violations' must not be empty");
		}
		return violations;
	}

	@Override
	public ValidationException withDetailArguments(Object... arguments) {
		return (ValidationException) super.withDetailArguments(arguments);
	}

	@Override
	public ValidationException withCode(String code) {
		return (ValidationException) super.withCode(code);
	}

	@Override
	public ValidationException withExtension(String name, Object value) {
		return (ValidationException) super.withExtension(name, value);
	}

	@Override
	public ValidationException withHeader(String name, String value) {
		return (ValidationException) super.withHeader(name, value);
	}

}

package io.github.problemdetails.benchmarks;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import io.github.problemdetails.core.FieldViolation;
import io.github.problemdetails.core.exception.NotFoundException;
import io.github.problemdetails.core.exception.ValidationException;

import org.springframework.core.MethodParameter;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The failures the benchmarks map, built as the sample app's requests raise them.
 */
final class BenchmarkExceptions {

	private static final String ORDER = "createOrderRequest";

	private BenchmarkExceptions() {
	}

	/** {@code GET /users/999}: a typed 404. */
	static NotFoundException notFound() {
		return new NotFoundException("user", 999);
	}

	/** {@code POST /orders} with five invalid fields, as Spring MVC reports a {@code @Valid} body. */
	static MethodArgumentNotValidException invalidBody() {
		BeanPropertyBindingResult result = new BeanPropertyBindingResult(new Object(), ORDER);
		result.addError(fieldError("customerEmail", "not-an-email", "Email", "must be a well-formed email address"));
		result.addError(fieldError("items[0].sku", "", "NotBlank", "must not be blank"));
		result.addError(fieldError("items[0].quantity", 0, "Positive", "must be greater than 0"));
		result.addError(fieldError("items[1].quantity", -3, "Positive", "must be greater than 0"));
		result.addError(fieldError("shippingAddress.postalCode", "?", "Pattern", "must match \"[0-9]{5}\""));
		return new MethodArgumentNotValidException(parameter("create"), result);
	}

	/** The same five violations raised by domain code as a core {@link ValidationException}. */
	static ValidationException typedValidation() {
		return new ValidationException(List.of(
				FieldViolation.ofField("customerEmail", "must be a well-formed email address", "Email"),
				FieldViolation.ofField("items[0].sku", "must not be blank", "NotBlank"),
				FieldViolation.ofField("items[0].quantity", "must be greater than 0", "Positive"),
				FieldViolation.ofField("items[1].quantity", "must be greater than 0", "Positive"),
				FieldViolation.ofField("shippingAddress.postalCode", "must match \"[0-9]{5}\"", "Pattern")));
	}

	/**
	 * {@code POST /orders} with every order line invalid, two violations a line, in the arbitrary order in which
	 * Bean Validation reports them.
	 * @param violations the number of violations, even
	 */
	static MethodArgumentNotValidException invalidLines(int violations) {
		BeanPropertyBindingResult result = new BeanPropertyBindingResult(new Object(), ORDER);
		for (int line : shuffledLines(violations / 2)) {
			result.addError(fieldError("items[" + line + "].sku", "", "NotBlank", "must not be blank"));
			result.addError(fieldError("items[" + line + "].quantity", 0, "Positive", "must be greater than 0"));
		}
		return new MethodArgumentNotValidException(parameter("create"), result);
	}

	/**
	 * The violations of {@link #invalidLines(int)} raised by domain code as a core {@link ValidationException}.
	 * @param violations the number of violations, even
	 */
	static ValidationException typedInvalidLines(int violations) {
		List<FieldViolation> all = new ArrayList<>(violations);
		for (int line : shuffledLines(violations / 2)) {
			all.add(FieldViolation.ofField("items[" + line + "].sku", "must not be blank", "NotBlank"));
			all.add(FieldViolation.ofField("items[" + line + "].quantity", "must be greater than 0", "Positive"));
		}
		return new ValidationException(all);
	}

	// The same order on every run, so that every fork sorts the same input.
	private static List<Integer> shuffledLines(int lines) {
		List<Integer> shuffled = new ArrayList<>(IntStream.range(0, lines).boxed().toList());
		Collections.shuffle(shuffled, new Random(42));
		return shuffled;
	}

	/** {@code GET /users/abc}: a path variable of the wrong type. */
	static MethodArgumentTypeMismatchException typeMismatch() {
		return new MethodArgumentTypeMismatchException("abc", long.class, "id", parameter("user"),
				new NumberFormatException("For input string: \"abc\""));
	}

	/** {@code GET /reports/daily}: a bug, with internals in its message. */
	static IllegalStateException unexpected() {
		return new IllegalStateException("connection to jdbc:postgresql://db.internal:5432/reports failed for user admin");
	}

	/** An exception five classes below the one that configuration maps. */
	static PaymentException deepConfigured() {
		return new ExpiredCardException();
	}

	private static FieldError fieldError(String field, Object rejected, String constraint, String message) {
		String[] codes = { constraint + "." + ORDER + "." + field, constraint + "." + field, constraint };
		return new FieldError(ORDER, field, rejected, false, codes, null, message);
	}

	private static MethodParameter parameter(String methodName) {
		for (Method method : Handlers.class.getDeclaredMethods()) {
			if (method.getName().equals(methodName)) {
				return new MethodParameter(method, 0);
			}
		}
		throw new IllegalStateException("No handler method '" + methodName + "'");
	}

	// Stand-ins for the sample's controller methods, for the parameters Spring's exceptions carry.
	static final class Handlers {

		void user(@PathVariable("id") long id) {
		}

		void create(@RequestBody Object order) {
		}

	}

	/** The configured base class, as an application's payment failure. */
	static class PaymentException extends RuntimeException {

		PaymentException(String message) {
			super(message);
		}

	}

	static class CardException extends PaymentException {

		CardException(String message) {
			super(message);
		}

	}

	static class CardDeclinedException extends CardException {

		CardDeclinedException(String message) {
			super(message);
		}

	}

	static class IssuerDeclinedException extends CardDeclinedException {

		IssuerDeclinedException(String message) {
			super(message);
		}

	}

	static class InvalidCardException extends IssuerDeclinedException {

		InvalidCardException(String message) {
			super(message);
		}

	}

	static class ExpiredCardException extends InvalidCardException {

		ExpiredCardException() {
			super("card 4111 expired 2024-01");
		}

	}

}

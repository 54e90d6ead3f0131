package io.github.problemdetails.core.exception;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class NotFoundExceptionTests {

	@Test
	void answers404WithGivenDetail() {
		NotFoundException exception = new NotFoundException("No such page.");
		assertThat(exception.getStatus()).isEqualTo(404);
		assertThat(exception.getType()).isEqualTo("not-found").isEqualTo(NotFoundException.TYPE);
		assertThat(exception.getTitle()).isEqualTo("Resource not found").isEqualTo(NotFoundException.TITLE);
		assertThat(exception.getDetail()).isEqualTo("No such page.");
		assertThat(exception.getResource()).isNull();
		assertThat(exception.getResourceId()).isNull();
		assertThat(exception.getHeaders()).isEmpty();
		assertThat(exception.getStackTrace()).isEmpty();
	}

	@Test
	void describesMissingResourceById() {
		NotFoundException exception = new NotFoundException("order", 42L);
		assertThat(exception.getDetail()).isEqualTo("No order with id '42' exists.");
		assertThat(exception.getResource()).isEqualTo("order");
		assertThat(exception.getResourceId()).isEqualTo(42L);
	}

	@Test
	void boundsLongIdsInDetail() {
		String id = "x".repeat(1000);
		NotFoundException exception = new NotFoundException("order", id);
		assertThat(exception.getDetail()).isEqualTo("No order with id '" + "x".repeat(64) + "\u2026' exists.");
		assertThat(exception.getResourceId()).isEqualTo(id);
	}

	@Test
	void keepsIdsOfExactly64Characters() {
		String id = "y".repeat(64);
		assertThat(new NotFoundException("user", id).getDetail()).isEqualTo("No user with id '" + id + "' exists.");
	}

	@Test
	void rejectsNullResourceOrId() {
		assertThatNullPointerException().isThrownBy(() -> new NotFoundException(null, 1))
			.withMessage("'resource' must not be null");
		assertThatNullPointerException().isThrownBy(() -> new NotFoundException("order", (Object) null))
			.withMessage("'id' must not be null");
	}

	@Test
	void domainSubclassKeepsNotFoundTypeOrUsesItsOwn() {
		class OrderNotFoundException extends NotFoundException {

			OrderNotFoundException(long id) {
				super("order", id);
			}

		}
		class ArchivedOrderException extends NotFoundException {

			ArchivedOrderException() {
				super("order-archived", "Order archived", null);
			}

		}
		assertThat(new OrderNotFoundException(7)).isInstanceOf(NotFoundException.class)
			.hasMessage("No order with id '7' exists.")
			.extracting(ProblemException::getType)
			.isEqualTo("not-found");
		ArchivedOrderException archived = new ArchivedOrderException();
		assertThat(archived.getStatus()).isEqualTo(404);
		assertThat(archived.getType()).isEqualTo("order-archived");
	}

	@Test
	void withMethodsKeepTheNotFoundType() {
		NotFoundException exception = new NotFoundException("order", 7).withCode("ORDER_MISSING")
			.withExtension("orderId", 7);
		assertThat(exception.getCode()).isEqualTo("ORDER_MISSING");
		assertThat(exception.getResourceId()).isEqualTo(7);
	}

	@Test
	void offersResourceAndIdAsDetailArguments() {
		// The ID as text, as in the detail: a message format would group the digits of a number (42,000).
		assertThat(new NotFoundException("order", 42000).getDetailArguments()).containsExactly("order", "42000");
		assertThat(new NotFoundException("No such order.").getDetailArguments()).isEmpty();
	}

}

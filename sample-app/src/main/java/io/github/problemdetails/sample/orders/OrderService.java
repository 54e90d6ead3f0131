package io.github.problemdetails.sample.orders;

import io.github.problemdetails.core.exception.ConflictException;
import io.github.problemdetails.core.exception.NotFoundException;
import io.github.problemdetails.core.exception.ValidationException;
import io.github.problemdetails.sample.users.UserService;

import org.springframework.stereotype.Service;

/**
 * Placing, looking up and cancelling orders.
 */
@Service
public class OrderService {

	private final OrderRepository orders;

	private final UserService users;

	OrderService(OrderRepository orders, UserService users) {
		this.orders = orders;
		this.users = users;
	}

	/**
	 * Place an order.
	 * @param request the order, valid in itself
	 * @return the placed order
	 * @throws ValidationException when the customer does not exist: the body is well-formed but refers to
	 * nothing, a domain validation failure
	 */
	public Order place(CreateOrderRequest request) {
		if (!this.users.exists(request.customerId())) {
			throw ValidationException.of("customerId", "no such customer", "UNKNOWN_CUSTOMER");
		}
		return this.orders.insert(request.customerId(), request.items());
	}

	/**
	 * Find an order.
	 * @param id the order ID
	 * @return the order
	 * @throws NotFoundException when no order has the ID
	 */
	public Order get(long id) {
		return this.orders.findById(id).orElseThrow(() -> new NotFoundException("order", id));
	}

	/**
	 * Cancel an order once.
	 * @param id the order ID
	 * @return the cancelled order
	 * @throws NotFoundException when no order has the ID
	 * @throws ConflictException when the order is already cancelled
	 */
	public Order cancel(long id) {
		return this.orders.update(id, (order) -> {
			if (order.status() == OrderStatus.CANCELLED) {
				throw new ConflictException("The order is already cancelled.").withCode("ORDER_ALREADY_CANCELLED");
			}
			return order.cancelled();
		}).orElseThrow(() -> new NotFoundException("order", id));
	}

}

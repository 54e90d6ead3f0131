package io.github.problemdetails.sample.orders;

import java.util.List;

/**
 * Placed order, as stored and as returned to clients.
 *
 * @param id the identifier assigned when the order is placed
 * @param customerId the ID of the ordering user
 * @param items the order lines
 * @param status the life-cycle state
 */
public record Order(long id, long customerId, List<OrderItem> items, OrderStatus status) {

	public Order {
		items = List.copyOf(items);
	}

	/**
	 * Return this order in the {@link OrderStatus#CANCELLED} state.
	 * @return the cancelled copy
	 */
	public Order cancelled() {
		return new Order(this.id, this.customerId, this.items, OrderStatus.CANCELLED);
	}

}

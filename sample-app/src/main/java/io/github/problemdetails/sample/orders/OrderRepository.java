package io.github.problemdetails.sample.orders;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Repository;

/**
 * Thread-safe in-memory store of orders.
 */
@Repository
public class OrderRepository {

	private final AtomicLong lastId = new AtomicLong();

	private final Map<Long, Order> ordersById = new ConcurrentHashMap<>();

	/**
	 * Store a new order in the {@link OrderStatus#PLACED} state.
	 * @param customerId the ID of the ordering user
	 * @param items the order lines
	 * @return the stored order
	 */
	public Order insert(long customerId, List<OrderItem> items) {
		Order order = new Order(this.lastId.incrementAndGet(), customerId, items, OrderStatus.PLACED);
		this.ordersById.put(order.id(), order);
		return order;
	}

	public Optional<Order> findById(long id) {
		return Optional.ofNullable(this.ordersById.get(id));
	}

	/**
	 * Replace an order atomically: no other update of the same order runs in between. An exception thrown by
	 * {@code change} leaves the order as it was and propagates.
	 * @param id the order ID
	 * @param change the function computing the new state from the current one
	 * @return the updated order, or empty when no order has the ID
	 */
	public Optional<Order> update(long id, UnaryOperator<Order> change) {
		return Optional.ofNullable(this.ordersById.computeIfPresent(id, (key, order) -> change.apply(order)));
	}

}

package io.github.problemdetails.sample.orders;

/**
 * Life-cycle state of an order.
 */
public enum OrderStatus {

	/** Placed and not cancelled. */
	PLACED,

	/** Cancelled by the customer; final. */
	CANCELLED

}

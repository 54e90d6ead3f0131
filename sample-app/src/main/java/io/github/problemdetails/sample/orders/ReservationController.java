package io.github.problemdetails.sample.orders;

import io.github.problemdetails.core.exception.ConflictException;
import io.github.problemdetails.openapi.ProblemResponse;
import io.github.problemdetails.sample.inventory.InventoryClient;
import io.github.problemdetails.sample.inventory.Reservation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reservations of stock for an order, made at the inventory service. Its failures escape: a 409 problem of the
 * inventory reaches the client as a 409 with the inventory's type and code
 * ({@code problem-details.client.passthrough-statuses}), a 500 as a 502; both with this request's trace ID,
 * which the inventory service shows in its own logs too.
 */
@RestController
class ReservationController {

	private static final Logger logger = LoggerFactory.getLogger(ReservationController.class);

	private final InventoryClient inventory;

	ReservationController(InventoryClient inventory) {
		this.inventory = inventory;
	}

	@ProblemResponse(ConflictException.class)
	@PostMapping("/orders/reservations/{sku}")
	@ResponseStatus(HttpStatus.CREATED)
	Reservation reserve(@PathVariable String sku, @RequestParam(defaultValue = "1") int quantity) {
		logger.info("Orders: asking the inventory service to reserve {} of {}", quantity, sku);
		return this.inventory.reserve(sku, quantity);
	}

}

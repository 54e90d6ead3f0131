package io.github.problemdetails.sample.orders;

import io.github.problemdetails.sample.inventory.InventoryClient;
import io.github.problemdetails.sample.inventory.StockLevel;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Availability of items before ordering, asked of the inventory service. When that service fails, the
 * problem-details starter answers 502 or 504 and never passes on what the upstream said.
 */
@RestController
class AvailabilityController {

	private final InventoryClient inventory;

	AvailabilityController(InventoryClient inventory) {
		this.inventory = inventory;
	}

	@GetMapping("/orders/availability/{sku}")
	Availability availability(@PathVariable String sku) {
		StockLevel stock = this.inventory.stockLevel(sku);
		return new Availability(stock.sku(), stock.available(), stock.available() > 0);
	}

}

package io.github.problemdetails.sample.inventory;

import java.time.Duration;
import java.util.Map;

import io.github.problemdetails.core.exception.ConflictException;
import io.github.problemdetails.openapi.ProblemResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stand-in for a remote inventory service, served by this application so that the sample needs nothing else
 * running. Some items misbehave on purpose, the way real upstreams do.
 */
@RestController
class InventoryController {

	private static final Logger logger = LoggerFactory.getLogger(InventoryController.class);

	/** Item that cannot be reserved: the inventory answers a 409 problem with code {@code OUT_OF_STOCK}. */
	static final String SOLD_OUT_SKU = "SOLD-OUT-1";

	/** Item whose lookup fails with a 500 and a body full of internals. */
	static final String BROKEN_SKU = "BROKEN-1";

	/** Item whose lookup answers only after {@link #SLOW_DELAY}, longer than the client waits. */
	static final String SLOW_SKU = "SLOW-1";

	private static final Duration SLOW_DELAY = Duration.ofSeconds(2);

	private static final int MAX_AVAILABLE = 50;

	@GetMapping("/inventory/items/{sku}")
	ResponseEntity<?> item(@PathVariable String sku) throws InterruptedException {
		if (BROKEN_SKU.equals(sku)) {
			// A plain JSON body, as a failing upstream of another stack would send: never for our clients' eyes.
			return ResponseEntity.internalServerError()
				.body(Map.of("error", "stock ledger shard inv-db-7.internal:5432 refused the connection",
						"exception", "org.inventory.LedgerUnavailableException"));
		}
		if (SLOW_SKU.equals(sku)) {
			// Bounded: the server thread is back after the delay whatever the client did.
			Thread.sleep(SLOW_DELAY.toMillis());
		}
		return ResponseEntity.ok(new StockLevel(sku, Math.floorMod(sku.hashCode(), MAX_AVAILABLE + 1)));
	}

	@ProblemResponse(ConflictException.class)
	@PostMapping("/inventory/items/{sku}/reservations")
	@ResponseStatus(HttpStatus.CREATED)
	Reservation reserve(@PathVariable String sku, @RequestParam(defaultValue = "1") int quantity) {
		logger.info("Inventory: reserving {} of {}", quantity, sku);
		if (SOLD_OUT_SKU.equals(sku)) {
			throw new ConflictException("Only 0 of " + sku + " left in warehouse inv-db-7.").withCode("OUT_OF_STOCK");
		}
		if (BROKEN_SKU.equals(sku)) {
			// A bug deep down: the starter answers 500 here, and the caller turns it into its own 502.
			throw new IllegalStateException("stock ledger shard inv-db-7.internal:5432 refused the connection");
		}
		return new Reservation(sku, quantity);
	}

}

package io.github.problemdetails.sample.inventory;

import java.time.Duration;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stand-in for a remote inventory service, served by this application so that the sample needs nothing else
 * running. Two items misbehave on purpose, the way real upstreams do.
 */
@RestController
class InventoryController {

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

}

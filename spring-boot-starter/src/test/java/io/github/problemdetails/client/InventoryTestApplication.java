package io.github.problemdetails.client;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import io.github.problemdetails.core.FieldViolation;
import io.github.problemdetails.core.exception.ConflictException;
import io.github.problemdetails.core.exception.NotFoundException;
import io.github.problemdetails.core.exception.RateLimitedException;
import io.github.problemdetails.core.exception.ValidationException;
import io.github.problemdetails.internal.trace.RequestTraceId;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The upstream of the client tests: an inventory service with the starter, whose reservations fail in every
 * way, with well-formed problems and with broken ones.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = {
		"org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration" })
@Import(InventoryTestApplication.ReservationController.class)
class InventoryTestApplication {

	static final String SECRET = "inventory-shard-7.internal";

	/** Longer than the client reads (64 KB by default). */
	static final int HUGE_SIZE = 256 * 1024;

	@RestController
	static class ReservationController {

		@PostMapping("/items/{sku}/reservations")
		ResponseEntity<?> reserve(@PathVariable String sku, HttpServletRequest request) {
			return switch (sku) {
				case "SOLD-OUT" -> throw new ConflictException("Only 0 left of " + sku + " on " + SECRET)
					.withCode("OUT_OF_STOCK");
				case "UNKNOWN" -> throw new NotFoundException("item", sku);
				case "INVALID" -> throw new ValidationException(
						List.of(FieldViolation.ofPointer("/quantity", "quantity", "must be greater than 0", "Positive")
							.withRejectedValue(-3)));
				case "BUSY" -> throw new RateLimitedException(Duration.ofSeconds(30));
				case "BROKEN" -> throw new IllegalStateException("ledger on " + SECRET + " is down");
				case "MALFORMED" -> problem("{\"type\":\"https://errors.example.com/conflict\",\"status\":409,");
				case "HUGE" -> problem("{\"status\":409,\"code\":\"OUT_OF_STOCK\",\"detail\":\""
						+ "x".repeat(HUGE_SIZE) + "\"}");
				case "PLAIN" -> ResponseEntity.status(409).contentType(MediaType.TEXT_PLAIN).body("no stock");
				case "ECHO" -> ResponseEntity.ok(String.valueOf(request.getAttribute(RequestTraceId.ATTRIBUTE)));
				default -> ResponseEntity.ok("reserved");
			};
		}

		private static ResponseEntity<byte[]> problem(String body) {
			return ResponseEntity.status(409)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(body.getBytes(StandardCharsets.UTF_8));
		}

	}

}

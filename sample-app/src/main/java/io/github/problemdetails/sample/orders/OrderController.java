package io.github.problemdetails.sample.orders;

import java.net.URI;

import io.github.problemdetails.core.exception.ConflictException;
import io.github.problemdetails.core.exception.NotFoundException;
import io.github.problemdetails.openapi.ProblemResponse;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * HTTP API of orders. Every failure is left to the problem-details starter.
 */
@RestController
@RequestMapping("/orders")
class OrderController {

	private final OrderService orders;

	OrderController(OrderService orders) {
		this.orders = orders;
	}

	@PostMapping
	ResponseEntity<Order> create(@Valid @RequestBody CreateOrderRequest request) {
		Order order = this.orders.place(request);
		return ResponseEntity.created(URI.create("/orders/" + order.id())).body(order);
	}

	@GetMapping("/{id}")
	@ProblemResponse(NotFoundException.class)
	Order get(@PathVariable long id) {
		return this.orders.get(id);
	}

	@PostMapping("/{id}/cancel")
	@ProblemResponse(NotFoundException.class)
	@ProblemResponse(ConflictException.class)
	Order cancel(@PathVariable long id) {
		return this.orders.cancel(id);
	}

}

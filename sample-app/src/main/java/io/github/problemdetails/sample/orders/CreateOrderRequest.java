package io.github.problemdetails.sample.orders;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /orders}.
 *
 * @param customerId the ID of the ordering user
 * @param items the order lines, at least one and at most 100: a bound on the list is a clear violation for the
 * client, where otherwise only the body's size limit ({@code spring.jackson.factory.constraints.read}) would stop
 * a million lines
 */
public record CreateOrderRequest(@NotNull Long customerId,
		@NotEmpty @Size(max = 100) List<@NotNull @Valid OrderItem> items) {

}

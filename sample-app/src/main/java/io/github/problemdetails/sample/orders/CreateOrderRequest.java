package io.github.problemdetails.sample.orders;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * Body of {@code POST /orders}.
 *
 * @param customerId the ID of the ordering user
 * @param items the order lines, at least one
 */
public record CreateOrderRequest(@NotNull Long customerId, @NotEmpty List<@NotNull @Valid OrderItem> items) {

}

package io.github.problemdetails.sample.orders;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/**
 * One line of an order.
 *
 * @param sku the stock-keeping unit ordered
 * @param quantity the number of units, at least one
 */
public record OrderItem(@NotBlank String sku, @Positive int quantity) {

}

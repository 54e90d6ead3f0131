package io.github.problemdetails.sample.orders;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * One line of an order.
 *
 * @param sku the stock-keeping unit ordered, bounded like every text a client sends
 * @param quantity the number of units, at least one
 */
public record OrderItem(@NotBlank @Size(max = 64) String sku, @Positive int quantity) {

}

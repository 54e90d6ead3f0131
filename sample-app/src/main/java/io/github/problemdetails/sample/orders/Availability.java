package io.github.problemdetails.sample.orders;

/**
 * Body of {@code GET /orders/availability/{sku}}: whether an item can be ordered now.
 *
 * @param sku the stock-keeping unit
 * @param available the number of units in stock
 * @param orderable whether at least one unit is in stock
 */
public record Availability(String sku, int available, boolean orderable) {

}

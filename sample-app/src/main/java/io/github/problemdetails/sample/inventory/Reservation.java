package io.github.problemdetails.sample.inventory;

/**
 * Stock set aside for an order, as the inventory service confirms it.
 *
 * @param sku the stock-keeping unit
 * @param quantity the number of units reserved
 */
public record Reservation(String sku, int quantity) {

}

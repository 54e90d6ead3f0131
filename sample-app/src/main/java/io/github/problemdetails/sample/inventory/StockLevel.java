package io.github.problemdetails.sample.inventory;

/**
 * Stock of one item, as the inventory service sends it.
 *
 * @param sku the stock-keeping unit
 * @param available the number of units that can be ordered now
 */
public record StockLevel(String sku, int available) {

}

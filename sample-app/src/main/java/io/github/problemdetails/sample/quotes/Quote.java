package io.github.problemdetails.sample.quotes;

/**
 * Quotation returned by {@code GET /quotes}.
 *
 * @param text the quoted words
 * @param author who said them
 */
public record Quote(String text, String author) {

}

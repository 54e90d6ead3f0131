package io.github.problemdetails.sample.billing;

/**
 * The card issuer refused a payment. A plain exception, not a typed problem: its answer (402,
 * its own type and code) is configured in {@code application.yml} only.
 */
public class CardDeclinedException extends RuntimeException {

	CardDeclinedException(String message) {
		super(message);
	}

}

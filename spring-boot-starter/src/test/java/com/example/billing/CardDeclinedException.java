package com.example.billing;

/**
 * An application's own exception, outside the starter's packages, mapped only in YAML.
 */
public class CardDeclinedException extends RuntimeException {

	public CardDeclinedException(String message) {
		super(message);
	}

}

package io.github.problemdetails.mapping;

/**
 * How a validation problem locates an invalid field of the request body.
 */
public enum ViolationLocation {

	/**
	 * A JSON pointer into the body ({@code "pointer": "/items/0/quantity"}).
	 */
	POINTER,

	/**
	 * The property path as the application names it ({@code "field": "items[0].quantity"}).
	 */
	FIELD,

	/**
	 * Both the JSON pointer and the property path.
	 */
	BOTH

}

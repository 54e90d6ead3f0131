package io.github.problemdetails.autoconfigure;

/**
 * Thrown at startup when a {@code problem-details} property has a value that cannot work, so
 * that a mistake stops the application instead of silently changing its error responses.
 */
public class InvalidProblemDetailsPropertyException extends RuntimeException {

	private final String property;

	private final String value;

	private final String action;

	/**
	 * Create an exception.
	 * @param property the full property name, such as {@code problem-details.validation-status}
	 * @param value the rejected value
	 * @param reason why the value is rejected
	 * @param action what to do instead
	 */
	public InvalidProblemDetailsPropertyException(String property, Object value, String reason, String action) {
		super("Invalid value '" + value + "' for property '" + property + "': " + reason);
		this.property = property;
		this.value = String.valueOf(value);
		this.action = action;
	}

	/** The full name of the property. */
	public String getProperty() {
		return this.property;
	}

	/** The rejected value. */
	public String getValue() {
		return this.value;
	}

	/** What to do instead. */
	public String getAction() {
		return this.action;
	}

}

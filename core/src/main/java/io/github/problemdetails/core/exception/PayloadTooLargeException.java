package io.github.problemdetails.core.exception;

import java.util.OptionalLong;

/**
 * A 413 Content Too Large problem: the request body or upload exceeds what the server accepts.
 */
public class PayloadTooLargeException extends ProblemException {

	private static final long serialVersionUID = 1L;

	/**
	 * Type slug of a payload too large problem.
	 */
	public static final String TYPE = "payload-too-large";

	/**
	 * Title of a payload too large problem.
	 */
	public static final String TITLE = "Payload too large";

	/**
	 * Name of the extension member that carries the accepted maximum size in bytes.
	 */
	public static final String MAX_BYTES = "maxBytes";

	private final Long maxBytes;

	/**
	 * Create a payload too large problem.
	 * @param detail the explanation of the limit that was exceeded, or {@code null} for none
	 */
	public PayloadTooLargeException(String detail) {
		this(TYPE, TITLE, detail);
	}

	/**
	 * Create a payload too large problem that tells the client the accepted maximum in the {@value #MAX_BYTES}
	 * extension member.
	 * @param detail the explanation of the limit that was exceeded, or {@code null} for none
	 * @param maxBytes the accepted maximum size in bytes; not negative
	 * @throws IllegalArgumentException if {@code maxBytes} is negative
	 */
	public PayloadTooLargeException(String detail, long maxBytes) {
		super(413, TYPE, TITLE, detail);
		if (maxBytes < 0) {
			throw new IllegalArgumentException("'maxBytes' must not be negative");
		}
		this.maxBytes = maxBytes;
		putExtension(MAX_BYTES, maxBytes);
	}

	/**
	 * Create a 413 problem with its own type, for subclasses.
	 * @param type the type slug or absolute URI; not {@code null} or blank
	 * @param title the title of the type; not {@code null}
	 * @param detail the explanation of this occurrence, or {@code null} for none
	 */
	protected PayloadTooLargeException(String type, String title, String detail) {
		super(413, type, title, detail);
		this.maxBytes = null;
	}

	/**
	 * Return the accepted maximum size in bytes.
	 * @return the maximum, or empty when none was given
	 */
	public OptionalLong getMaxBytes() {
		return (this.maxBytes != null) ? OptionalLong.of(this.maxBytes) : OptionalLong.empty();
	}

}

package io.github.problemdetails.core.exception;

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
		this(TYPE, TITLE, detail, null);
	}

	/**
	 * Create a payload too large problem caused by the given failure.
	 * @param detail the explanation of the limit that was exceeded, or {@code null} for none
	 * @param cause the underlying failure, or {@code null} for none
	 */
	public PayloadTooLargeException(String detail, Throwable cause) {
		this(TYPE, TITLE, detail, cause);
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
		this(type, title, detail, null);
	}

	/**
	 * Create a 413 problem with its own type and a cause, for subclasses.
	 * @param type the type slug or absolute URI; not {@code null} or blank
	 * @param title the title of the type; not {@code null}
	 * @param detail the explanation of this occurrence, or {@code null} for none
	 * @param cause the underlying failure, or {@code null} for none
	 */
	protected PayloadTooLargeException(String type, String title, String detail, Throwable cause) {
		super(413, type, title, detail, cause);
		this.maxBytes = null;
	}

	/**
	 * Return the accepted maximum size in bytes.
	 * @return the maximum, or {@code null} when none was given
	 */
	public Long getMaxBytes() {
		return this.maxBytes;
	}

	@Override
	public PayloadTooLargeException withDetailArguments(Object... arguments) {
		return (PayloadTooLargeException) super.withDetailArguments(arguments);
	}

	@Override
	public PayloadTooLargeException withCode(String code) {
		return (PayloadTooLargeException) super.withCode(code);
	}

	@Override
	public PayloadTooLargeException withExtension(String name, Object value) {
		return (PayloadTooLargeException) super.withExtension(name, value);
	}

	@Override
	public PayloadTooLargeException withHeader(String name, String value) {
		return (PayloadTooLargeException) super.withHeader(name, value);
	}

}

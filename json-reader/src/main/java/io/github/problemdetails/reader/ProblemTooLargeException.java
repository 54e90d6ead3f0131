package io.github.problemdetails.reader;

/**
 * Thrown when a problem body is longer than the reader accepts; the reader stops before holding more of it.
 */
public class ProblemTooLargeException extends ProblemJsonException {

	private static final long serialVersionUID = 1L;

	private final int maxBytes;

	/**
	 * Create an exception.
	 * @param maxBytes the largest body the reader accepts, in bytes
	 */
	public ProblemTooLargeException(int maxBytes) {
		super("Problem body is larger than " + maxBytes + " bytes");
		this.maxBytes = maxBytes;
	}

	/**
	 * Return the largest body the reader accepts.
	 * @return the limit in bytes
	 */
	public int getMaxBytes() {
		return this.maxBytes;
	}

}

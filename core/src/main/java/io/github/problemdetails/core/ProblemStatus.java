package io.github.problemdetails.core;

/**
 * The ranges of HTTP status codes that the contract speaks of (RFC 9110 section 15): a problem's {@code status}
 * is a status code, and an error is a client error (4xx) or a server error (5xx).
 */
public final class ProblemStatus {

	/** The lowest HTTP status code. */
	public static final int MIN = 100;

	/** The highest HTTP status code. */
	public static final int MAX = 599;

	/** The lowest error status: the first client error. */
	public static final int MIN_ERROR = 400;

	/** The lowest server error status. */
	public static final int MIN_SERVER_ERROR = 500;

	private ProblemStatus() {
	}

	/**
	 * Whether the value is an HTTP status code, from 100 to 599.
	 * @param status the value
	 * @return whether it is a status code
	 */
	public static boolean isValid(int status) {
		return status >= MIN && status <= MAX;
	}

	/**
	 * Whether the status is an error, a client error (4xx) or a server error (5xx).
	 * @param status the status
	 * @return whether it is from 400 to 599
	 */
	public static boolean isError(int status) {
		return status >= MIN_ERROR && status <= MAX;
	}

	/**
	 * Whether the status is a client error (4xx).
	 * @param status the status
	 * @return whether it is from 400 to 499
	 */
	public static boolean isClientError(int status) {
		return status >= MIN_ERROR && status < MIN_SERVER_ERROR;
	}

	/**
	 * Whether the status is a server error (5xx).
	 * @param status the status
	 * @return whether it is from 500 to 599
	 */
	public static boolean isServerError(int status) {
		return status >= MIN_SERVER_ERROR && status <= MAX;
	}

}

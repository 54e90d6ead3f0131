package io.github.problemdetails.core.exception;

import java.util.Objects;

/**
 * A 401 Unauthorized problem: credentials are missing, invalid or expired. The response carries a
 * {@code WWW-Authenticate} challenge, as RFC 9110 section 15.5.2 requires: the one given here, or else
 * the service's, which the service that answers the problem chooses (with Spring Security, the
 * challenge of the security mechanism the request went through), or else {@value #DEFAULT_CHALLENGE}.
 */
public class UnauthenticatedException extends ProblemException {

	private static final long serialVersionUID = 1L;

	/**
	 * Type slug of an unauthenticated problem.
	 */
	public static final String TYPE = "unauthenticated";

	/**
	 * Title of an unauthenticated problem.
	 */
	public static final String TITLE = "Authentication required";

	/**
	 * Name of the challenge header; the same as {@link ProblemHeaders#WWW_AUTHENTICATE}.
	 */
	public static final String WWW_AUTHENTICATE = ProblemHeaders.WWW_AUTHENTICATE;

	/**
	 * Challenge sent when neither the exception nor the service names one: bearer token authentication
	 * (RFC 6750).
	 */
	public static final String DEFAULT_CHALLENGE = "Bearer";

	private final String challenge;

	/**
	 * Create an unauthenticated problem with the service's challenge.
	 * @param detail the explanation of why authentication failed, or {@code null} for none
	 */
	public UnauthenticatedException(String detail) {
		this(TYPE, TITLE, detail, null, null);
	}

	/**
	 * Create an unauthenticated problem with the service's challenge, caused by the given failure.
	 * @param detail the explanation of why authentication failed, or {@code null} for none
	 * @param cause the underlying failure, such as a token parser's exception, or {@code null} for none
	 */
	public UnauthenticatedException(String detail, Throwable cause) {
		this(TYPE, TITLE, detail, null, cause);
	}

	/**
	 * Create an unauthenticated problem with the given challenge.
	 * @param detail the explanation of why authentication failed, or {@code null} for none
	 * @param challenge the {@code WWW-Authenticate} value, such as {@code Basic realm="orders"}; not {@code null}
	 * @throws IllegalArgumentException if the challenge contains a CR or LF character
	 */
	public UnauthenticatedException(String detail, String challenge) {
		this(TYPE, TITLE, detail, Objects.requireNonNull(challenge, "'challenge' must not be null"));
	}

	/**
	 * Create a 401 problem with its own type, for subclasses.
	 * @param type the type slug or absolute URI; not {@code null} or blank
	 * @param title the title of the type; not {@code null}
	 * @param detail the explanation of this occurrence, or {@code null} for none
	 * @param challenge the {@code WWW-Authenticate} value, or {@code null} for the service's
	 * @throws IllegalArgumentException if the challenge contains a CR or LF character
	 */
	protected UnauthenticatedException(String type, String title, String detail, String challenge) {
		this(type, title, detail, challenge, null);
	}

	/**
	 * Create a 401 problem with its own type and a cause, for subclasses.
	 * @param type the type slug or absolute URI; not {@code null} or blank
	 * @param title the title of the type; not {@code null}
	 * @param detail the explanation of this occurrence, or {@code null} for none
	 * @param challenge the {@code WWW-Authenticate} value, or {@code null} for the service's
	 * @param cause the underlying failure, or {@code null} for none
	 * @throws IllegalArgumentException if the challenge contains a CR or LF character
	 */
	protected UnauthenticatedException(String type, String title, String detail, String challenge,
			Throwable cause) {
		super(401, type, title, detail, cause);
		this.challenge = challenge;
		if (challenge != null) {
			putHeader(WWW_AUTHENTICATE, challenge);
		}
	}

	/**
	 * Return the challenge sent in the {@code WWW-Authenticate} header.
	 * @return the challenge, or {@code null} when the service's challenge is sent
	 */
	public String getChallenge() {
		return this.challenge;
	}

	@Override
	public UnauthenticatedException withDetailArguments(Object... arguments) {
		return (UnauthenticatedException) super.withDetailArguments(arguments);
	}

	@Override
	public UnauthenticatedException withCode(String code) {
		return (UnauthenticatedException) super.withCode(code);
	}

	@Override
	public UnauthenticatedException withExtension(String name, Object value) {
		return (UnauthenticatedException) super.withExtension(name, value);
	}

	@Override
	public UnauthenticatedException withHeader(String name, String value) {
		return (UnauthenticatedException) super.withHeader(name, value);
	}

}

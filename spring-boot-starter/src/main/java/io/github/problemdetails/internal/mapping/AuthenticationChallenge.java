package io.github.problemdetails.internal.mapping;

import io.github.problemdetails.core.exception.UnauthenticatedException;
import io.github.problemdetails.mapping.ProblemRequest;
import org.jspecify.annotations.Nullable;

/**
 * The {@code WWW-Authenticate} challenge of a 401 problem whose exception names none, since every 401
 * carries one (RFC 9110 §15.5.2): the configured challenge, else the challenge of the security mechanism
 * that the request went through, which an integration gives as a request attribute, else
 * {@value UnauthenticatedException#DEFAULT_CHALLENGE}.
 */
public final class AuthenticationChallenge {

	/**
	 * Name of the request attribute that holds the challenge of the security mechanism the request went
	 * through, as a {@code String}.
	 */
	public static final String ATTRIBUTE = AuthenticationChallenge.class.getName() + ".MECHANISM";

	private AuthenticationChallenge() {
	}

	static String of(@Nullable String configured, ProblemRequest request) {
		if (configured != null) {
			return configured;
		}
		return (request.attribute(ATTRIBUTE) instanceof String mechanism) ? mechanism
				: UnauthenticatedException.DEFAULT_CHALLENGE;
	}

}

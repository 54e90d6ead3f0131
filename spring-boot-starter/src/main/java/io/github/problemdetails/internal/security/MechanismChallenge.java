package io.github.problemdetails.internal.security;

import java.io.IOException;

import io.github.problemdetails.internal.mapping.AuthenticationChallenge;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HttpBasicConfigurer;
import org.springframework.security.web.session.DisableEncodeUrlFilter;

/**
 * Records, for each request through a chain, the {@code WWW-Authenticate} challenge of the chain's
 * mechanism, which a typed {@code UnauthenticatedException} that names no challenge is answered with
 * (see {@link AuthenticationChallenge}).
 */
final class MechanismChallenge implements Filter {

	/**
	 * Challenge of HTTP Basic: the one Spring Security's entry point sends with its default realm. A realm
	 * set with {@code httpBasic((basic) -> basic.realmName(...))} stays inside that entry point, out of reach.
	 */
	static final String HTTP_BASIC = "Basic realm=\"Realm\", charset=\"UTF-8\"";

	private final String challenge;

	private MechanismChallenge(String challenge) {
		this.challenge = challenge;
	}

	/**
	 * Record the challenge of the chain's mechanism, when it is not the engine's default: that of HTTP
	 * Basic, unless the chain is also an OAuth2 resource server, whose challenge is the default,
	 * {@code Bearer} (RFC 6750 §3, without an error, since the exception rejected no token).
	 * @param http the chain, with its own configuration applied
	 */
	static void record(HttpSecurity http) {
		if (http.getConfigurer(HttpBasicConfigurer.class) != null && !ResourceServers.isConfigured(http)) {
			// First in the chain, so that a failure of any filter after it is answered with the challenge.
			http.addFilterBefore(new MechanismChallenge(HTTP_BASIC), DisableEncodeUrlFilter.class);
		}
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		request.setAttribute(AuthenticationChallenge.ATTRIBUTE, this.challenge);
		chain.doFilter(request, response);
	}

}

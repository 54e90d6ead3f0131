package io.github.problemdetails.internal.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.ExceptionHandlingConfigurer;
import org.springframework.security.config.annotation.web.configurers.FormLoginConfigurer;
import org.springframework.security.config.annotation.web.configurers.HttpBasicConfigurer;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Adds the {@link ProblemAuthenticationEntryPoint} and the {@link ProblemAccessDeniedHandler}
 * to a chain's exception handling as the last of its defaults, after those of the chain's
 * mechanisms ({@code httpBasic()}, {@code oauth2ResourceServer()}, {@code formLogin()}, ...),
 * so that they answer only what no mechanism answers; the entry point not at all beside the
 * default of HTTP Basic, form login or a resource server, which answers every request. An entry
 * point or handler set explicitly with {@code exceptionHandling(...)} wins over every default,
 * as Spring Security has it.
 */
final class ProblemDetailsFallbacks extends AbstractHttpConfigurer<ProblemDetailsFallbacks, HttpSecurity> {

	// Spring Security uses a lone default entry point for every request, and of several the first one for the
	// requests that none prefers: preferring no request makes ours the entry point of a chain without a
	// mechanism, and never one that a mechanism's default would have answered.
	private static final RequestMatcher NO_REQUEST = new RequestMatcher() {

		@Override
		public boolean matches(HttpServletRequest request) {
			return false;
		}

		@Override
		public String toString() {
			return "problem-details fallback";
		}

	};

	private final ProblemAuthenticationEntryPoint entryPoint;

	private final ProblemAccessDeniedHandler accessDeniedHandler;

	ProblemDetailsFallbacks(ProblemAuthenticationEntryPoint entryPoint,
			ProblemAccessDeniedHandler accessDeniedHandler) {
		this.entryPoint = entryPoint;
		this.accessDeniedHandler = accessDeniedHandler;
	}

	@Override
	@SuppressWarnings("unchecked")
	public void init(HttpSecurity http) {
		ExceptionHandlingConfigurer<HttpSecurity> exceptionHandling = http
			.getConfigurer(ExceptionHandlingConfigurer.class);
		if (exceptionHandling != null) {
			// Beside a mechanism's default ours would never answer, yet make Spring Security put both in a
			// DelegatingAuthenticationEntryPoint, which formats a debug line per entry on every 401 whatever the
			// log level (commons-logging's SLF4J adapter turns each message into a string before asking).
			if (!hasMechanismEntryPoint(http)) {
				exceptionHandling.defaultAuthenticationEntryPointFor(this.entryPoint, NO_REQUEST);
			}
			// Access-denied defaults are tried in order, each for the requests it prefers: last, ours takes the
			// rest, in place of Spring Security's bare 403, so that a CSRF rejection says what is wrong.
			exceptionHandling.defaultAccessDeniedHandlerFor(this.accessDeniedHandler, AnyRequestMatcher.INSTANCE);
		}
	}

	// The mechanisms that register a default entry point when they initialise, before this configurer; a chain with
	// another one still gets ours beside it, which answers nothing that the mechanism's would.
	@SuppressWarnings("unchecked")
	private static boolean hasMechanismEntryPoint(HttpSecurity http) {
		return http.getConfigurer(HttpBasicConfigurer.class) != null
				|| http.getConfigurer(FormLoginConfigurer.class) != null || ResourceServers.isConfigured(http);
	}

}

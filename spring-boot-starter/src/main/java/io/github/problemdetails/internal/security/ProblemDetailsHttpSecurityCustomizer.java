package io.github.problemdetails.internal.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HttpBasicConfigurer;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Completes the problem answers of every {@code SecurityFilterChain}, once the chain's own
 * configuration is known:
 * <ul>
 * <li>a credential that HTTP Basic rejects is answered by the
 * {@link ProblemAuthenticationEntryPoint}, which replaces the entry point of
 * {@code httpBasic()}, so that a wrong password and an unknown user get the same 401 problem;</li>
 * <li>error dispatches are not authorized again, so that an error sent by an endpoint the
 * request was allowed to reach, such as a {@code sendError(404)} for an anonymous user, keeps
 * its status instead of becoming a 401. This is what
 * {@code dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()} does, without adding
 * authorization to a chain that has none.</li>
 * </ul>
 * Spring Security applies a bean of this type to every {@code HttpSecurity} it creates; the
 * auto-configuration provides one.
 */
public class ProblemDetailsHttpSecurityCustomizer implements Customizer<HttpSecurity> {

	private final ProblemAuthenticationEntryPoint entryPoint;

	/**
	 * Create a customizer.
	 * @param entryPoint answers requests whose credential is rejected
	 */
	public ProblemDetailsHttpSecurityCustomizer(ProblemAuthenticationEntryPoint entryPoint) {
		this.entryPoint = entryPoint;
	}

	@Override
	public void customize(HttpSecurity http) {
		http.with(new ProblemDetailsConfigurer(this.entryPoint));
	}

	// Customizer beans run before the chain's own configuration; init() runs after it, at build time.
	private static final class ProblemDetailsConfigurer
			extends AbstractHttpConfigurer<ProblemDetailsConfigurer, HttpSecurity> {

		private final ProblemAuthenticationEntryPoint entryPoint;

		ProblemDetailsConfigurer(ProblemAuthenticationEntryPoint entryPoint) {
			this.entryPoint = entryPoint;
		}

		@Override
		@SuppressWarnings("unchecked")
		public void init(HttpSecurity http) {
			HttpBasicConfigurer<HttpSecurity> httpBasic = http.getConfigurer(HttpBasicConfigurer.class);
			if (httpBasic != null) {
				httpBasic.authenticationEntryPoint(this.entryPoint);
			}
			AuthorizeHttpRequestsConfigurer<HttpSecurity> authorization = http
				.getConfigurer(AuthorizeHttpRequestsConfigurer.class);
			if (authorization != null) {
				authorization.withObjectPostProcessor(new ErrorDispatchPermitter());
			}
		}

	}

	// A class, not a lambda: Spring Security picks post-processors by their resolved type argument.
	private static final class ErrorDispatchPermitter implements ObjectPostProcessor<AuthorizationFilter> {

		@Override
		public <O extends AuthorizationFilter> O postProcess(O filter) {
			filter.setFilterErrorDispatch(false);
			return filter;
		}

	}

}

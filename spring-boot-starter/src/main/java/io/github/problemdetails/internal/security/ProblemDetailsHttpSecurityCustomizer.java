package io.github.problemdetails.internal.security;

import java.util.function.UnaryOperator;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HttpBasicConfigurer;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Completes the problem answers of every {@code SecurityFilterChain}, once the chain's own
 * configuration is known, and leaves what the chain configured as it is:
 * <ul>
 * <li>the {@link ProblemAuthenticationEntryPoint} and {@link ProblemAccessDeniedHandler} are
 * added as the chain's fallbacks, after the defaults of its mechanisms (see
 * {@link ProblemDetailsFallbacks});</li>
 * <li>the challenge of the chain's HTTP Basic is recorded, for a typed
 * {@code UnauthenticatedException} that names none (see {@link MechanismChallenges});</li>
 * <li>with a configured challenge instead, the entry points of HTTP Basic and of an OAuth2
 * resource server are replaced by the {@link ProblemAuthenticationEntryPoint}, so that a
 * rejected credential or token is answered with that challenge too;</li>
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

	private final ProblemAccessDeniedHandler accessDeniedHandler;

	private final boolean replaceMechanismEntryPoints;

	private final boolean answerMechanismErrors;

	private final MechanismChallenges challenges;

	/**
	 * Create a customizer.
	 * @param entryPoint answers requests that need authentication in a chain without a mechanism
	 * of its own
	 * @param accessDeniedHandler answers denied requests that no mechanism of the chain answers
	 * @param replaceMechanismEntryPoints whether the entry point also answers for HTTP Basic and
	 * OAuth2 resource servers, as it does when a challenge is configured
	 * @param answerMechanismErrors whether the error that HTTP Basic's entry point sends is
	 * answered at once with the problem that the starter's error endpoint would send, which
	 * holds only where that endpoint answers every error status (see {@link MechanismEntryPoint})
	 * @param challenges where the challenge of each chain's HTTP Basic is recorded
	 */
	public ProblemDetailsHttpSecurityCustomizer(ProblemAuthenticationEntryPoint entryPoint,
			ProblemAccessDeniedHandler accessDeniedHandler, boolean replaceMechanismEntryPoints,
			boolean answerMechanismErrors, MechanismChallenges challenges) {
		this.entryPoint = entryPoint;
		this.accessDeniedHandler = accessDeniedHandler;
		this.replaceMechanismEntryPoints = replaceMechanismEntryPoints;
		this.answerMechanismErrors = answerMechanismErrors;
		this.challenges = challenges;
	}

	@Override
	public void customize(HttpSecurity http) {
		http.with(new ProblemDetailsConfigurer(this));
	}

	// Customizer beans run before the chain's own configuration; init() runs after it, at build time, and
	// before the init() of the mechanisms that the chain's configuration added after this configurer.
	private static final class ProblemDetailsConfigurer
			extends AbstractHttpConfigurer<ProblemDetailsConfigurer, HttpSecurity> {

		private final ProblemDetailsHttpSecurityCustomizer customizer;

		ProblemDetailsConfigurer(ProblemDetailsHttpSecurityCustomizer customizer) {
			this.customizer = customizer;
		}

		@Override
		@SuppressWarnings("unchecked")
		public void init(HttpSecurity http) {
			if (this.customizer.replaceMechanismEntryPoints) {
				HttpBasicConfigurer<HttpSecurity> httpBasic = http.getConfigurer(HttpBasicConfigurer.class);
				if (httpBasic != null) {
					httpBasic.authenticationEntryPoint(this.customizer.entryPoint);
				}
				ResourceServers.replaceEntryPoint(http, this.customizer.entryPoint);
			}
			else {
				this.customizer.challenges.record(http, this.customizer.answerMechanismErrors
						? (mechanism) -> new MechanismEntryPoint(mechanism, this.customizer.entryPoint.writer())
						: UnaryOperator.identity());
			}
			AuthorizeHttpRequestsConfigurer<HttpSecurity> authorization = http
				.getConfigurer(AuthorizeHttpRequestsConfigurer.class);
			if (authorization != null) {
				authorization.withObjectPostProcessor(new ErrorDispatchPermitter());
			}
			// A configurer added while the chain initialises is initialised after every other one: after the
			// mechanisms have registered their own defaults.
			http.with(new ProblemDetailsFallbacks(this.customizer.entryPoint, this.customizer.accessDeniedHandler));
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

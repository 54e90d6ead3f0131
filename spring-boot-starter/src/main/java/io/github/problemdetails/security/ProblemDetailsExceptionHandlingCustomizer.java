package io.github.problemdetails.security;

import java.util.Set;

import io.github.problemdetails.internal.security.ProblemAuthenticationEntryPoint;

import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.ExceptionHandlingConfigurer;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Puts the starter's entry point ahead of the defaults of a {@code SecurityFilterChain}'s
 * mechanisms ({@code httpBasic()}, {@code oauth2ResourceServer()}) for every request that does
 * not ask for HTML, when {@code problem-details.security.challenge} is set: every 401 of the
 * chain is then a problem with that challenge. Browsers asking for HTML are still sent to form
 * login, and an entry point set explicitly with {@code exceptionHandling(...)} still wins.
 *
 * <p>Without a configured challenge it changes nothing: the chain's mechanisms answer with their
 * own challenges (HTTP Basic's {@code Basic realm="..."}, a resource server's {@code Bearer}),
 * their answers get the contract's body, and the starter adds its entry point and access-denied
 * handler to every chain by itself, as the fallbacks of a chain without a mechanism.
 *
 * <p>The auto-configuration provides one as a bean, and Spring Security applies such a bean to
 * every {@code HttpSecurity} it creates, so no code is needed. To state it in the chain all the
 * same, inject the bean and pass it on:
 *
 * <pre class="code">
 * &#64;Bean
 * SecurityFilterChain api(HttpSecurity http, ProblemDetailsExceptionHandlingCustomizer problemDetailsExceptionHandling) {
 *     http.authorizeHttpRequests((requests) -&gt; requests.anyRequest().authenticated())
 *         .httpBasic(Customizer.withDefaults())
 *         .exceptionHandling(problemDetailsExceptionHandling);
 *     return http.build();
 * }
 * </pre>
 */
public class ProblemDetailsExceptionHandlingCustomizer implements Customizer<ExceptionHandlingConfigurer<HttpSecurity>> {

	// "*/*" and a missing Accept header are API clients; only an explicit text/html is a browser.
	private static final RequestMatcher API_REQUESTS = new NegatedRequestMatcher(htmlRequests());

	private final ProblemAuthenticationEntryPoint entryPoint;

	private final boolean aheadOfMechanisms;

	/**
	 * Create a customizer.
	 * @param entryPoint answers requests that need authentication
	 * @param aheadOfMechanisms whether the entry point goes ahead of the mechanisms' defaults, as
	 * it does when a challenge is configured
	 */
	public ProblemDetailsExceptionHandlingCustomizer(ProblemAuthenticationEntryPoint entryPoint,
			boolean aheadOfMechanisms) {
		this.entryPoint = entryPoint;
		this.aheadOfMechanisms = aheadOfMechanisms;
	}

	@Override
	public void customize(ExceptionHandlingConfigurer<HttpSecurity> exceptionHandling) {
		// The mechanisms register their defaults when the chain is built, after this: the first default is
		// also the one Spring Security uses for requests that no default prefers.
		if (this.aheadOfMechanisms) {
			exceptionHandling.defaultAuthenticationEntryPointFor(this.entryPoint, API_REQUESTS);
		}
	}

	private static RequestMatcher htmlRequests() {
		MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
		html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
		return html;
	}

}

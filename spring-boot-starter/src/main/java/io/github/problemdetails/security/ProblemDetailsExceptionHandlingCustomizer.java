package io.github.problemdetails.security;

import java.util.Set;

import io.github.problemdetails.internal.security.ProblemAccessDeniedHandler;
import io.github.problemdetails.internal.security.ProblemAuthenticationEntryPoint;

import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.ExceptionHandlingConfigurer;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Answers the 401 and 403 of a {@code SecurityFilterChain} with problems: the
 * {@link ProblemAuthenticationEntryPoint} for every request that does not ask for HTML, and the
 * {@link ProblemAccessDeniedHandler} for every request.
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
 *
 * <p>Both are registered as defaults, ahead of the ones that {@code httpBasic()} and
 * {@code formLogin()} add, so that a browser asking for HTML is still sent to a login page and
 * an entry point or handler set explicitly on {@code exceptionHandling} still wins.
 */
public class ProblemDetailsExceptionHandlingCustomizer implements Customizer<ExceptionHandlingConfigurer<HttpSecurity>> {

	// "*/*" and a missing Accept header are API clients; only an explicit text/html is a browser.
	private static final RequestMatcher API_REQUESTS = new NegatedRequestMatcher(htmlRequests());

	private final ProblemAuthenticationEntryPoint entryPoint;

	private final ProblemAccessDeniedHandler accessDeniedHandler;

	/**
	 * Create a customizer.
	 * @param entryPoint answers requests that need authentication
	 * @param accessDeniedHandler answers requests that are denied
	 */
	public ProblemDetailsExceptionHandlingCustomizer(ProblemAuthenticationEntryPoint entryPoint,
			ProblemAccessDeniedHandler accessDeniedHandler) {
		this.entryPoint = entryPoint;
		this.accessDeniedHandler = accessDeniedHandler;
	}

	@Override
	public void customize(ExceptionHandlingConfigurer<HttpSecurity> exceptionHandling) {
		exceptionHandling.defaultAuthenticationEntryPointFor(this.entryPoint, API_REQUESTS)
			.defaultAccessDeniedHandlerFor(this.accessDeniedHandler, AnyRequestMatcher.INSTANCE);
	}

	private static RequestMatcher htmlRequests() {
		MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
		html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
		return html;
	}

}

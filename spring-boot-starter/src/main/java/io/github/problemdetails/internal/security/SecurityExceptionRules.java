package io.github.problemdetails.internal.security;

import java.util.Map;

import io.github.problemdetails.core.exception.ForbiddenException;
import io.github.problemdetails.core.exception.ProblemHeaders;
import io.github.problemdetails.mapping.ExceptionRule;
import io.github.problemdetails.mapping.ExceptionRuleSet;
import io.github.problemdetails.mapping.ProblemDraft;

import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Rules that answer Spring Security's exceptions: an {@link AuthenticationException} is a 401
 * {@code unauthenticated} problem with a {@code WWW-Authenticate} challenge, an
 * {@link AccessDeniedException} a 403 {@code forbidden} problem.
 *
 * <p>Details are fixed sentences: a 401 never tells whether the user exists or why the
 * credential was rejected. An access denial of an anonymous or remember-me user, as method
 * security raises it inside a controller, is a 401, the same decision that Spring Security's
 * {@code ExceptionTranslationFilter} makes for a denial in the filter chain.
 */
public class SecurityExceptionRules implements ExceptionRuleSet {

	static final String CSRF_DETAIL = "The request has no valid CSRF token.";

	// Static state, no bean: a rule is cached per exception class and must not hold application state.
	private static final AuthenticationTrustResolver trustResolver = new AuthenticationTrustResolverImpl();

	private final Map<Class<? extends Throwable>, ExceptionRule> rules;

	/**
	 * Create the rules.
	 * @param challenge the {@code WWW-Authenticate} value of 401 answers, such as
	 * {@code Basic realm="orders"} or {@code Bearer}
	 */
	public SecurityExceptionRules(String challenge) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(ProblemHeaders.WWW_AUTHENTICATE, challenge);
		// A null detail is the status's generic sentence: the same body for an unknown user and a wrong password.
		ProblemDraft unauthenticated = ProblemDraft.ofStatus(401, null, HttpHeaders.readOnlyHttpHeaders(headers));
		ProblemDraft forbidden = ProblemDraft.ofStatus(403, null, HttpHeaders.EMPTY);
		// A CSRF rejection reaches the access-denied handler whoever the user is, so it is never a 401.
		ProblemDraft csrf = ProblemDraft.of(403, ForbiddenException.TYPE, CSRF_DETAIL);
		ExceptionRule authentication = (exception, request) -> unauthenticated;
		ExceptionRule accessDenied = (exception, request) -> needsAuthentication() ? unauthenticated : forbidden;
		ExceptionRule csrfRejection = (exception, request) -> csrf;
		this.rules = Map.of(AuthenticationException.class, authentication, AccessDeniedException.class, accessDenied,
				CsrfException.class, csrfRejection);
	}

	@Override
	public Map<Class<? extends Throwable>, ExceptionRule> rules() {
		return this.rules;
	}

	// Mirrors ExceptionTranslationFilter.handleAccessDeniedException, which the controller advice pre-empts.
	private static boolean needsAuthentication() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return trustResolver.isAnonymous(authentication) || trustResolver.isRememberMe(authentication);
	}

}

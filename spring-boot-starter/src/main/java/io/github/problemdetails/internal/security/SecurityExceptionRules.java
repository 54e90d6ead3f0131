package io.github.problemdetails.internal.security;

import java.util.Map;
import java.util.Set;

import io.github.problemdetails.core.exception.ForbiddenException;
import io.github.problemdetails.core.exception.ProblemHeaders;
import io.github.problemdetails.core.exception.UnauthenticatedException;
import io.github.problemdetails.mapping.ExceptionRule;
import io.github.problemdetails.mapping.ExceptionRuleSet;
import io.github.problemdetails.mapping.ProblemDraft;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Rules that answer Spring Security's exceptions: an {@link AuthenticationException} is a 401
 * {@code unauthenticated} problem with a {@code WWW-Authenticate} challenge, an
 * {@link AccessDeniedException} a 403 {@code forbidden} problem.
 *
 * <p>Details are fixed sentences: a 401 never tells whether the user exists or why the
 * credential was rejected. Thrown by a controller (method security), both are left to Spring
 * Security's {@code ExceptionTranslationFilter}, which decides between 401 and 403 by who the
 * user is and answers through the chain's own entry point and access-denied handler; these
 * rules answer them where Spring Security hands them to the starter, or where no chain does.
 */
public class SecurityExceptionRules implements ExceptionRuleSet {

	static final String CSRF_DETAIL = "The request has no valid CSRF token.";

	private final Map<Class<? extends Throwable>, ExceptionRule> rules;

	/**
	 * Create the rules.
	 * @param challenge the {@code WWW-Authenticate} value of 401 answers, such as
	 * {@code Basic realm="orders"}, or {@code null} for
	 * {@value UnauthenticatedException#DEFAULT_CHALLENGE}
	 */
	public SecurityExceptionRules(@Nullable String challenge) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(ProblemHeaders.WWW_AUTHENTICATE,
				(challenge != null) ? challenge : UnauthenticatedException.DEFAULT_CHALLENGE);
		// A null detail is the status's generic sentence: the same body for an unknown user and a wrong password.
		ProblemDraft unauthenticated = ProblemDraft.ofStatus(401, null, HttpHeaders.readOnlyHttpHeaders(headers));
		ProblemDraft forbidden = ProblemDraft.ofStatus(403);
		ProblemDraft csrf = ProblemDraft.of(403, ForbiddenException.TYPE, CSRF_DETAIL);
		this.rules = Map.of(AuthenticationException.class, (exception, request) -> unauthenticated,
				AccessDeniedException.class, (exception, request) -> forbidden, CsrfException.class,
				(exception, request) -> csrf);
	}

	@Override
	public Map<Class<? extends Throwable>, ExceptionRule> rules() {
		return this.rules;
	}

	@Override
	public Set<Class<? extends Throwable>> answeredOutsideControllers() {
		return Set.of(AuthenticationException.class, AccessDeniedException.class);
	}

}

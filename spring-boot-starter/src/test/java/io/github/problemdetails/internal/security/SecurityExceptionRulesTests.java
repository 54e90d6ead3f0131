package io.github.problemdetails.internal.security;

import java.net.URI;
import java.util.List;

import io.github.problemdetails.core.exception.ForbiddenException;
import io.github.problemdetails.core.exception.UnauthenticatedException;
import io.github.problemdetails.internal.mapping.MappedProblem;
import io.github.problemdetails.internal.mapping.MappingSettings;
import io.github.problemdetails.internal.mapping.ProblemMapper;
import io.github.problemdetails.mapping.ProblemRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.csrf.MissingCsrfTokenException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SecurityExceptionRules}.
 */
class SecurityExceptionRulesTests {

	private static final String CHALLENGE = "Basic realm=\"test\"";

	private final ProblemMapper mapper = new ProblemMapper(
			MappingSettings.builder().typeBaseUri(URI.create("https://errors.example.com/")).build(),
			List.of(new SecurityExceptionRules(CHALLENGE)));

	@AfterEach
	void clearSecurityContext() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void rejectedCredentialIs401WithChallenge() {
		MappedProblem mapped = map(new BadCredentialsException("Bad credentials for alice"));
		assertThat(mapped.status()).isEqualTo(401);
		assertThat(mapped.problem().type()).hasToString("https://errors.example.com/" + UnauthenticatedException.TYPE);
		assertThat(mapped.problem().title()).isEqualTo(UnauthenticatedException.TITLE);
		assertThat(mapped.headers().get("WWW-Authenticate")).containsExactly(CHALLENGE);
	}

	@Test
	void unknownUserAndWrongPasswordAreTheSameProblem() {
		MappedProblem unknownUser = map(new UsernameNotFoundException("No user 'mallory'"));
		MappedProblem wrongPassword = map(new BadCredentialsException("Wrong password of 'alice'"));
		assertThat(unknownUser.problem()).isEqualTo(wrongPassword.problem());
		assertThat(unknownUser.headers()).isEqualTo(wrongPassword.headers());
		assertThat(unknownUser.problem().detail()).doesNotContain("mallory", "user", "password");
	}

	@Test
	void denialOfAuthenticatedUserIs403WithoutChallenge() {
		authenticate(UsernamePasswordAuthenticationToken.authenticated("alice", "secret",
				AuthorityUtils.createAuthorityList("ROLE_USER")));
		MappedProblem mapped = map(new AuthorizationDeniedException("Access Denied", new AuthorizationDecision(false)));
		assertThat(mapped.status()).isEqualTo(403);
		assertThat(mapped.problem().type()).hasToString("https://errors.example.com/" + ForbiddenException.TYPE);
		assertThat(mapped.problem().title()).isEqualTo(ForbiddenException.TITLE);
		assertThat(mapped.headers().containsHeader("WWW-Authenticate")).isFalse();
	}

	@Test
	void denialOfAnonymousUserIs403WhereNoChainDecides() {
		// Spring Security's ExceptionTranslationFilter turns it into a 401 inside a chain, before these rules.
		authenticate(new AnonymousAuthenticationToken("key", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
		MappedProblem mapped = map(new AccessDeniedException("Access Denied"));
		assertThat(mapped.status()).isEqualTo(403);
		assertThat(mapped.headers().containsHeader("WWW-Authenticate")).isFalse();
	}

	@Test
	void challengeIsBearerWhenNoneIsConfigured() {
		ProblemMapper mapper = new ProblemMapper(MappingSettings.defaults(), List.of(new SecurityExceptionRules(null)));
		MappedProblem mapped = mapper.map(new BadCredentialsException("no"), ProblemRequest.of("/orders", null));
		assertThat(mapped.headers().get("WWW-Authenticate")).containsExactly("Bearer");
	}

	@Test
	void controllersLeaveAuthenticationAndAccessDenialToTheChain() {
		assertThat(this.mapper.isAnsweredOutsideControllers(
				new AuthorizationDeniedException("Access Denied", new AuthorizationDecision(false)))).isTrue();
		assertThat(this.mapper.isAnsweredOutsideControllers(new BadCredentialsException("no"))).isTrue();
		assertThat(this.mapper.isAnsweredOutsideControllers(new UnauthenticatedException("Sign in."))).isFalse();
		assertThat(this.mapper.isAnsweredOutsideControllers(new IllegalStateException())).isFalse();
	}

	@Test
	void csrfRejectionIs403EvenForAnonymousUser() {
		authenticate(new AnonymousAuthenticationToken("key", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
		MappedProblem mapped = map(new MissingCsrfTokenException("a1b2c3"));
		assertThat(mapped.status()).isEqualTo(403);
		assertThat(mapped.problem().detail()).isEqualTo(SecurityExceptionRules.CSRF_DETAIL);
		assertThat(mapped.headers().containsHeader("WWW-Authenticate")).isFalse();
	}

	private MappedProblem map(Throwable exception) {
		return this.mapper.map(exception, ProblemRequest.of("/orders", "4bf92f3577b34da6a3ce929d0e0e4736"));
	}

	private static void authenticate(Authentication authentication) {
		SecurityContextHolder.getContext().setAuthentication(authentication);
	}

}

package io.github.problemdetails.sample.security;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own account, for a bearer token of {@code POST /token}: the OAuth2 resource server's
 * 401 and 403 (RFC 6750) answer everything else.
 */
@RestController
@SecurityRequirement(name = SecurityConfiguration.BEARER_AUTH)
class MeController {

	@GetMapping("/me")
	Account me(@AuthenticationPrincipal Jwt token) {
		return new Account(token.getSubject(), token.getClaimAsStringList(TokenController.ROLES_CLAIM));
	}

}

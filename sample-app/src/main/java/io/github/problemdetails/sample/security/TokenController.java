package io.github.problemdetails.sample.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Issues a signed-in caller a JWT for {@code GET /me}, valid for ten minutes, with the scope
 * {@value #ACCOUNT_SCOPE}.
 */
@RestController
@SecurityRequirement(name = SecurityConfiguration.BASIC_AUTH)
class TokenController {

	/** Scope that {@code GET /me} needs. */
	static final String ACCOUNT_SCOPE = "account";

	/** Claim with the caller's roles, without the {@code ROLE_} prefix. */
	static final String ROLES_CLAIM = "roles";

	private static final Duration LIFETIME = Duration.ofMinutes(10);

	private final JwtEncoder encoder;

	TokenController(JwtEncoder encoder) {
		this.encoder = encoder;
	}

	@PostMapping("/token")
	TokenResponse token(Authentication authentication) {
		Instant now = Instant.now();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.subject(authentication.getName())
			.issuedAt(now)
			.expiresAt(now.plus(LIFETIME))
			.claim("scope", List.of(ACCOUNT_SCOPE))
			.claim(ROLES_CLAIM, Account.of(authentication).roles())
			.build();
		String token = this.encoder
			.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
			.getTokenValue();
		return new TokenResponse(token, "Bearer", LIFETIME.toSeconds(), ACCOUNT_SCOPE);
	}

	/**
	 * Body of {@code POST /token}, named as in RFC 6749 section 5.1.
	 *
	 * @param access_token the token
	 * @param token_type {@code Bearer}
	 * @param expires_in seconds until the token expires
	 * @param scope the token's scope
	 */
	record TokenResponse(String access_token, String token_type, long expires_in, String scope) {
	}

}

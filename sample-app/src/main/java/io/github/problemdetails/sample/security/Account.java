package io.github.problemdetails.sample.security;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Body of {@code GET /account} and {@code GET /me}: who the caller is.
 *
 * @param name the user name
 * @param roles the roles, without the {@code ROLE_} prefix
 */
public record Account(String name, List<String> roles) {

	private static final String ROLE_PREFIX = "ROLE_";

	public Account {
		roles = List.copyOf(roles);
	}

	/**
	 * The account of a caller signed in with a user name and password.
	 * @param authentication the caller
	 * @return the account
	 */
	static Account of(Authentication authentication) {
		List<String> roles = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority != null && authority.startsWith(ROLE_PREFIX))
			.map((authority) -> authority.substring(ROLE_PREFIX.length()))
			.sorted()
			.toList();
		return new Account(authentication.getName(), roles);
	}

}

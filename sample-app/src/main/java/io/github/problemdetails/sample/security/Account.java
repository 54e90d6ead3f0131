package io.github.problemdetails.sample.security;

import java.util.List;

/**
 * Body of {@code GET /account}: who the caller is.
 *
 * @param name the user name
 * @param roles the roles, without the {@code ROLE_} prefix
 */
public record Account(String name, List<String> roles) {

	public Account {
		roles = List.copyOf(roles);
	}

}

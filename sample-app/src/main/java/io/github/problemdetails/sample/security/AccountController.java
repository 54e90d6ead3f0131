package io.github.problemdetails.sample.security;

import java.util.List;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in caller's own account; anonymous callers get the starter's 401.
 */
@RestController
@SecurityRequirement(name = SecurityConfiguration.BASIC_AUTH)
class AccountController {

	private static final String ROLE_PREFIX = "ROLE_";

	@GetMapping("/account")
	Account account(Authentication authentication) {
		return new Account(authentication.getName(), roles(authentication));
	}

	private static List<String> roles(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority != null && authority.startsWith(ROLE_PREFIX))
			.map((authority) -> authority.substring(ROLE_PREFIX.length()))
			.sorted()
			.toList();
	}

}

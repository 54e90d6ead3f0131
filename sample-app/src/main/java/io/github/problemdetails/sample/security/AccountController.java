package io.github.problemdetails.sample.security;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in caller's own account; anonymous callers get HTTP Basic's 401, as a problem.
 */
@RestController
@SecurityRequirement(name = SecurityConfiguration.BASIC_AUTH)
class AccountController {

	@GetMapping("/account")
	Account account(Authentication authentication) {
		return Account.of(authentication);
	}

}

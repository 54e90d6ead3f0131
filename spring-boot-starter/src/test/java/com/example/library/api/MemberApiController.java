package com.example.library.api;

import java.util.List;
import java.util.Map;

import io.github.problemdetails.core.exception.UnauthenticatedException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The members' API, called with a member's token.
 */
@RestController
@RequestMapping("/api")
class MemberApiController {

	static final String MEMBER_CLAIM = "member_id";

	@GetMapping("/me")
	Map<String, Object> me(@AuthenticationPrincipal Jwt token) {
		return Map.of("member", memberOf(token));
	}

	// Reached only with the scope "loans" (a URL rule of the chain).
	@GetMapping("/loans")
	List<Map<String, Object>> loans(@AuthenticationPrincipal Jwt token) {
		return List.of(Map.of("member", memberOf(token), "isbn", "9780141439518"));
	}

	// A token of the library's issuer that names no member, such as a service's, cannot act for one.
	private static String memberOf(Jwt token) {
		String member = token.getClaimAsString(MEMBER_CLAIM);
		if (member == null) {
			throw new UnauthenticatedException("The token names no member.");
		}
		return member;
	}

}

package io.github.problemdetails.sample.security;

import java.util.List;

import io.github.problemdetails.sample.users.User;
import io.github.problemdetails.sample.users.UserService;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administration API, for role ADMIN only (a URL rule): others get the starter's 401 or 403.
 */
@RestController
@RequestMapping("/admin")
// A URL rule cannot be seen from the operation: the requirement tells the document (401, 403) and its readers.
@SecurityRequirement(name = SecurityConfiguration.BASIC_AUTH)
class AdminController {

	// An administrator sees every user; the public listing stops at 100.
	private static final int MAX_USERS = 1000;

	private final UserService users;

	AdminController(UserService users) {
		this.users = users;
	}

	@GetMapping("/users")
	List<User> users() {
		return this.users.list(MAX_USERS);
	}

}

package io.github.problemdetails.sample.users;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * HTTP API of users. Every failure is left to the problem-details starter.
 */
@RestController
@RequestMapping("/users")
class UserController {

	private final UserService users;

	UserController(UserService users) {
		this.users = users;
	}

	@PostMapping
	ResponseEntity<User> create(@Valid @RequestBody CreateUserRequest request) {
		User user = this.users.register(request);
		return ResponseEntity.created(URI.create("/users/" + user.id())).body(user);
	}

	@GetMapping("/{id}")
	User get(@PathVariable long id) {
		return this.users.get(id);
	}

	// Spring MVC validates constraint-annotated parameters itself (built-in method validation): no @Validated.
	@GetMapping
	List<User> list(@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
		return this.users.list(limit);
	}

}

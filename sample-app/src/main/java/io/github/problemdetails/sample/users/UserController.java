package io.github.problemdetails.sample.users;

import java.net.URI;
import java.util.List;

import io.github.problemdetails.core.exception.NotFoundException;
import io.github.problemdetails.core.exception.PreconditionFailedException;
import io.github.problemdetails.core.exception.PreconditionRequiredException;
import io.github.problemdetails.openapi.ProblemResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
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
		return ResponseEntity.created(URI.create("/users/" + user.id())).eTag(etag(user)).body(user);
	}

	@GetMapping("/{id}")
	@ProblemResponse(NotFoundException.class)
	ResponseEntity<User> get(@PathVariable long id) {
		User user = this.users.get(id);
		return ResponseEntity.ok().eTag(etag(user)).body(user);
	}

	// Spring MVC validates constraint-annotated parameters itself (built-in method validation): no @Validated.
	@GetMapping
	List<User> list(@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
		return this.users.list(limit);
	}

	@PutMapping("/{id}")
	@ProblemResponse(NotFoundException.class)
	@ProblemResponse(PreconditionRequiredException.class)
	@ProblemResponse(PreconditionFailedException.class)
	ResponseEntity<User> replace(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody ReplaceUserRequest request) {
		User user = this.users.replace(id, ifMatch, request);
		return ResponseEntity.ok().eTag(etag(user)).body(user);
	}

	@PatchMapping("/{id}")
	@ProblemResponse(NotFoundException.class)
	ResponseEntity<User> patch(@PathVariable long id, @Valid @RequestBody PatchUserRequest request) {
		User user = this.users.patch(id, request);
		return ResponseEntity.ok().eTag(etag(user)).body(user);
	}

	// Method security, not a URL rule: the check stays with the operation whichever route reaches it.
	@DeleteMapping("/{id}")
	@ProblemResponse(NotFoundException.class)
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<Void> delete(@PathVariable long id) {
		this.users.delete(id);
		return ResponseEntity.noContent().build();
	}

	private static String etag(User user) {
		return UserETags.of(user).formattedTag();
	}

}

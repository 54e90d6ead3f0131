package io.github.problemdetails.sample.users;

import java.util.List;

import io.github.problemdetails.core.exception.ConflictException;
import io.github.problemdetails.core.exception.NotFoundException;

import org.springframework.stereotype.Service;

/**
 * Registration and lookup of users.
 */
@Service
public class UserService {

	private final UserRepository users;

	UserService(UserRepository users) {
		this.users = users;
	}

	/**
	 * Register a user.
	 * @param request the validated registration
	 * @return the new user
	 * @throws ConflictException when another user already has the e-mail address
	 */
	public User register(CreateUserRequest request) {
		return this.users.insert(request.name(), request.email())
			.orElseThrow(() -> ConflictException.duplicate("user", "email").withCode("USER_EMAIL_TAKEN"));
	}

	/**
	 * Find a user.
	 * @param id the user ID
	 * @return the user
	 * @throws NotFoundException when no user has the ID
	 */
	public User get(long id) {
		return this.users.findById(id).orElseThrow(() -> new NotFoundException("user", id));
	}

	public List<User> list(int limit) {
		return this.users.findFirst(limit);
	}

}

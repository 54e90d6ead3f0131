package io.github.problemdetails.sample.users;

import java.util.List;
import java.util.Locale;

import io.github.problemdetails.core.exception.NotFoundException;
import io.github.problemdetails.core.exception.PreconditionFailedException;
import io.github.problemdetails.core.exception.PreconditionRequiredException;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration, lookup, change and removal of users. Uniqueness and versions are left to the database: its
 * refusals propagate as Spring's data-access exceptions, which the problem-details starter maps.
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
	 * @throws DuplicateKeyException when another user already has the e-mail address
	 */
	public User register(CreateUserRequest request) {
		return this.users.save(User.unregistered(request.name(), normalized(request.email())));
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

	/**
	 * Return the users with the lowest IDs.
	 * @param limit the maximum number of users to return
	 * @return at most {@code limit} users, ordered by ID
	 */
	public List<User> list(int limit) {
		return this.users.findAll(PageRequest.of(0, limit, Sort.by("id"))).getContent();
	}

	/**
	 * Tell whether a user exists.
	 * @param id the user ID
	 * @return whether a user has the ID
	 */
	public boolean exists(long id) {
		return this.users.existsById(id);
	}

	/**
	 * Replace the name and e-mail address of a user, if it is still the version the client has.
	 * @param id the user ID
	 * @param ifMatch the {@code If-Match} header, or {@code null} when the request has none
	 * @param request the new state
	 * @return the changed user
	 * @throws PreconditionRequiredException when {@code If-Match} is missing
	 * @throws NotFoundException when no user has the ID
	 * @throws PreconditionFailedException when the user changed since the client's ETag was issued
	 * @throws OptimisticLockingFailureException when it changed between this check and the update
	 * @throws DuplicateKeyException when another user already has the e-mail address
	 */
	@Transactional
	public User replace(long id, @Nullable String ifMatch, ReplaceUserRequest request) {
		// Refused before any lookup: without a condition the change is not acceptable for any user.
		String condition = UserETags.required(ifMatch);
		User current = get(id);
		UserETags.check(condition, current);
		return this.users.save(current.changed(request.name(), normalized(request.email()), current.version()));
	}

	/**
	 * Change some members of a user, based on the version the client last saw.
	 * @param id the user ID
	 * @param request the members to change and the client's version
	 * @return the changed user
	 * @throws NotFoundException when no user has the ID
	 * @throws OptimisticLockingFailureException when the stored version is not the client's
	 * @throws DuplicateKeyException when another user already has the e-mail address
	 */
	@Transactional
	public User patch(long id, PatchUserRequest request) {
		User current = get(id);
		String name = (request.name() != null) ? request.name() : current.name();
		String email = (request.email() != null) ? normalized(request.email()) : current.email();
		// Saved as based on the client's version, not the one just read: the database refuses a stale one.
		return this.users.save(current.changed(name, email, request.version()));
	}

	/**
	 * Remove a user.
	 * @param id the user ID
	 * @throws NotFoundException when no user has the ID
	 */
	@Transactional
	public void delete(long id) {
		if (!this.users.existsById(id)) {
			throw new NotFoundException("user", id);
		}
		this.users.deleteById(id);
	}

	// E-mail addresses are compared case-insensitively: stored in lower case, the UNIQUE constraint does it.
	private static String normalized(String email) {
		return email.toLowerCase(Locale.ROOT);
	}

}

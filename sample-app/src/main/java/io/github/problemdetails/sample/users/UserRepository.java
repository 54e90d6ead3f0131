package io.github.problemdetails.sample.users;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Repository;

/**
 * Thread-safe in-memory store of users, unique by e-mail address regardless of case.
 */
@Repository
public class UserRepository {

	private final AtomicLong lastId = new AtomicLong();

	// Sorted by ID so that listing pages are stable.
	private final Map<Long, User> usersById = new ConcurrentSkipListMap<>();

	private final Map<String, Long> idsByEmail = new ConcurrentHashMap<>();

	/**
	 * Store a new user unless another one already has the e-mail address.
	 * @param name the display name
	 * @param email the e-mail address
	 * @return the stored user, or empty when the e-mail address is taken
	 */
	public Optional<User> insert(String name, String email) {
		long id = this.lastId.incrementAndGet();
		// putIfAbsent decides atomically which of two concurrent registrations wins the address.
		if (this.idsByEmail.putIfAbsent(email.toLowerCase(Locale.ROOT), id) != null) {
			return Optional.empty();
		}
		User user = new User(id, name, email);
		this.usersById.put(id, user);
		return Optional.of(user);
	}

	public Optional<User> findById(long id) {
		return Optional.ofNullable(this.usersById.get(id));
	}

	public boolean existsById(long id) {
		return this.usersById.containsKey(id);
	}

	/**
	 * Return the users with the lowest IDs.
	 * @param limit the maximum number of users to return
	 * @return at most {@code limit} users, ordered by ID
	 */
	public List<User> findFirst(int limit) {
		return this.usersById.values().stream().limit(limit).toList();
	}

}

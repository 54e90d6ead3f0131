package io.github.problemdetails.sample.users;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Registered user, as stored and as returned to clients.
 *
 * @param id the identifier assigned on registration, {@code null} until then
 * @param name the display name
 * @param email the e-mail address in lower case, unique
 * @param version the optimistic-locking version, incremented by every update; {@code null} until registered
 */
// An explicit name is quoted as written; upper case is how H2 stores the unquoted name of schema.sql.
@Table("USERS")
public record User(@Id Long id, String name, String email, @Version Long version) {

	/**
	 * Return a user not yet registered.
	 * @param name the display name
	 * @param email the e-mail address in lower case
	 * @return the user without ID and version
	 */
	static User unregistered(String name, String email) {
		return new User(null, name, email, null);
	}

	/**
	 * Return this user with another name and e-mail address, based on the given version.
	 * @param name the new display name
	 * @param email the new e-mail address in lower case
	 * @param version the version the change is based on: saving fails when the stored one differs
	 * @return the changed copy
	 */
	User changed(String name, String email, long version) {
		return new User(this.id, name, email, version);
	}

}

package io.github.problemdetails.sample.users;

import java.util.List;

import io.github.problemdetails.core.exception.PreconditionFailedException;
import io.github.problemdetails.core.exception.PreconditionRequiredException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ETag;

/**
 * Entity tags of users: the tag is the optimistic-locking version, so it changes with every update.
 */
final class UserETags {

	private UserETags() {
	}

	/**
	 * Return the strong entity tag of a user.
	 * @param user the stored user
	 * @return the tag of its current version
	 */
	static ETag of(User user) {
		return new ETag(String.valueOf(user.version()), false);
	}

	/**
	 * Require the {@code If-Match} header of a change.
	 * @param ifMatch the header value, or {@code null} when the request has none
	 * @return the header value
	 * @throws PreconditionRequiredException when the header is missing: a change must say which version it
	 * replaces, or it could silently overwrite someone else's (RFC 6585 section 3)
	 */
	static String required(@Nullable String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new PreconditionRequiredException(
					"Send If-Match with the ETag of the user, as returned by GET, to change it.");
		}
		return ifMatch;
	}

	/**
	 * Check the {@code If-Match} header of a change against the stored user (RFC 9110 section 13.1.1).
	 * @param ifMatch the header value
	 * @param current the stored user
	 * @throws PreconditionFailedException when no tag of the header matches the current one
	 */
	static void check(String ifMatch, User current) {
		ETag currentTag = of(current);
		List<ETag> tags = ETag.parse(ifMatch);
		// If-Match uses the strong comparison: a weak tag never matches.
		if (tags.stream().noneMatch((tag) -> tag.isWildcard() || tag.compare(currentTag, true))) {
			throw new PreconditionFailedException(
					"The user was changed since the ETag in If-Match was issued; fetch it again.");
		}
	}

}

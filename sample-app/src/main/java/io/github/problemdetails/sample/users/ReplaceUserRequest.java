package io.github.problemdetails.sample.users;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code PUT /users/{id}}: the new state of the user, sent with the {@code If-Match} of its ETag.
 *
 * @param name the display name
 * @param email the e-mail address
 */
public record ReplaceUserRequest(@NotBlank @Size(max = 100) String name,
		@NotBlank @Email @Size(max = 254) String email) {

}

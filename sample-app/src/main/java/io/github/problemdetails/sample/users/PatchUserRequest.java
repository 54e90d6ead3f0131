package io.github.problemdetails.sample.users;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code PATCH /users/{id}}: the members to change and the version the client last saw. The change is
 * saved as based on that version, so it fails when someone else changed the user in between.
 *
 * @param version the version the client last saw
 * @param name the new display name, or {@code null} to keep it
 * @param email the new e-mail address, or {@code null} to keep it
 */
public record PatchUserRequest(@NotNull @PositiveOrZero Long version, @Size(min = 1, max = 100) String name,
		@Email @Size(min = 1, max = 254) String email) {

}

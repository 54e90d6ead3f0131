package io.github.problemdetails.sample.users;

/**
 * Registered user, as stored and as returned to clients.
 *
 * @param id the identifier assigned on registration
 * @param name the display name
 * @param email the e-mail address, unique regardless of case
 */
public record User(long id, String name, String email) {

}

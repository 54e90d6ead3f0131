package io.github.problemdetails.test;

import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * An HTTP response, or only its body, as the assertions read it: whatever client recorded it.
 *
 * @param status the HTTP status, or {@code null} when only the body is known
 * @param contentType the {@code Content-Type}, or {@code null} when not known
 * @param headers the response headers by name; returns {@code null} for a missing one
 * @param body the body as text
 */
public record RecordedResponse(@Nullable Integer status, @Nullable String contentType,
		Function<String, @Nullable String> headers, String body) {

	/**
	 * Create a recorded response.
	 */
	public RecordedResponse {
		Objects.requireNonNull(headers, "'headers' must not be null");
		Objects.requireNonNull(body, "'body' must not be null");
	}

	/**
	 * A response of which only the body is known, such as a JSON string.
	 * @param body the body
	 * @return the response
	 */
	public static RecordedResponse ofBody(String body) {
		return new RecordedResponse(null, null, (name) -> null, body);
	}

	/**
	 * Return the first value of a response header.
	 * @param name the header name
	 * @return the value, or {@code null} if absent or not known
	 */
	public @Nullable String header(String name) {
		return this.headers.apply(name);
	}

}

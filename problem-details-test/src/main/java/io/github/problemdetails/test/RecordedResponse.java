package io.github.problemdetails.test;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * An HTTP response, or only its body, as the assertions read it: whatever client recorded it.
 *
 * @param status the HTTP status, or {@code null} when only the body is known
 * @param contentType the {@code Content-Type}, or {@code null} when not known
 * @param headers every value of a response header by name, in the order sent; an empty list for a
 * missing one
 * @param body the body as text
 */
public record RecordedResponse(@Nullable Integer status, @Nullable String contentType,
		Function<String, List<String>> headers, String body) {

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
		return new RecordedResponse(null, null, (name) -> List.of(), body);
	}

	/**
	 * Return the first value of a response header.
	 * @param name the header name
	 * @return the value, or {@code null} if absent or not known
	 */
	public @Nullable String header(String name) {
		List<String> values = headerValues(name);
		return values.isEmpty() ? null : values.get(0);
	}

	/**
	 * Return every value of a response header, in the order sent.
	 * @param name the header name
	 * @return the values; empty if absent or not known
	 */
	public List<String> headerValues(String name) {
		List<String> values = this.headers.apply(name);
		return (values != null) ? values : List.of();
	}

}

package io.github.problemdetails.mapping;

import java.util.Locale;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * What the mapping engine may know of the failed request, whatever the web stack: its path
 * (the problem's {@code instance}), its trace ID and its headers.
 *
 * @param path the request path without query string, or {@code null} if unknown
 * @param traceId the request's trace ID, or {@code null} if none
 * @param headers the request's headers by name; returns {@code null} for a missing header
 * @param locale the locale the client prefers, for localised titles and details
 */
public record ProblemRequest(@Nullable String path, @Nullable String traceId,
		Function<String, @Nullable String> headers, Locale locale) {

	/**
	 * A request in the default locale.
	 * @param path the request path, or {@code null}
	 * @param traceId the trace ID, or {@code null}
	 * @param headers the request's headers by name
	 */
	public ProblemRequest(@Nullable String path, @Nullable String traceId, Function<String, @Nullable String> headers) {
		this(path, traceId, headers, Locale.getDefault());
	}

	/**
	 * A request of which only path and trace ID are known.
	 * @param path the request path, or {@code null}
	 * @param traceId the trace ID, or {@code null}
	 * @return the request
	 */
	public static ProblemRequest of(@Nullable String path, @Nullable String traceId) {
		return new ProblemRequest(path, traceId, (name) -> null);
	}

	/**
	 * The value of a request header.
	 * @param name the header name
	 * @return the first value, or {@code null} if the header is absent
	 */
	public @Nullable String header(String name) {
		return this.headers.apply(name);
	}

}

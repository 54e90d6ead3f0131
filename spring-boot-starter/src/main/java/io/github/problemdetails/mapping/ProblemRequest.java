package io.github.problemdetails.mapping;

import java.util.Locale;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * What the mapping engine may know of the failed request, whatever the web stack: its method
 * and path (the problem's {@code instance}), its trace ID, its headers and attributes, and the
 * client's locale.
 *
 * @param method the request method, or {@code null} if unknown
 * @param path the request path without query string, or {@code null} if unknown
 * @param traceId the request's trace ID, or {@code null} if none
 * @param headers the request's headers by name; returns {@code null} for a missing header
 * @param attributes the request's attributes by name (a servlet request's attributes, a
 * WebFlux exchange's); returns {@code null} for a missing attribute
 * @param locale the locale the client prefers, for localised titles and details
 */
public record ProblemRequest(@Nullable String method, @Nullable String path, @Nullable String traceId,
		Function<String, @Nullable String> headers, Function<String, @Nullable Object> attributes, Locale locale) {

	/**
	 * A request of which method and attributes are unknown.
	 * @param path the request path, or {@code null}
	 * @param traceId the trace ID, or {@code null}
	 * @param headers the request's headers by name
	 * @param locale the locale the client prefers
	 */
	public ProblemRequest(@Nullable String path, @Nullable String traceId, Function<String, @Nullable String> headers,
			Locale locale) {
		this(null, path, traceId, headers, (name) -> null, locale);
	}

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

	/**
	 * The value of a request attribute.
	 * @param name the attribute name
	 * @return the value, or {@code null} if the attribute is absent
	 */
	public @Nullable Object attribute(String name) {
		return this.attributes.apply(name);
	}

}

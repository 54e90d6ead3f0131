package io.github.problemdetails.mapping;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * Settings of the mapping engine, taken from the application's configuration.
 *
 * @param typeBaseUri absolute URI that type slugs are appended to, or {@code null} for
 * {@code about:blank} types
 * @param validationStatus status of validation problems, 400 or 422
 */
public record MappingSettings(@Nullable URI typeBaseUri, int validationStatus) {

	/** Settings without a type base URI and with validation answered by 422. */
	public static MappingSettings defaults() {
		return new MappingSettings(null, 422);
	}

}

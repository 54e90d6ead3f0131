package io.github.problemdetails.mapping;

import java.net.URI;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Settings of the mapping engine, taken from the application's configuration.
 *
 * @param typeBaseUri absolute URI, or path-absolute reference such as {@code /problems/}, that
 * type slugs are appended to, or {@code null} for {@code about:blank} types
 * @param validationStatus status of validation problems, 400 or 422
 * @param titles titles by status, for problems whose exception gives none
 * @param extensions members added to every problem
 * @param includeInstance whether problems carry the request path as {@code instance}
 * @param includeTimestamp whether problems carry the time of the failure as {@code timestamp}
 * @param exposeClientErrorMessages whether the reasons of Spring's 4xx exceptions are shown
 * @param includeRejectedValues whether validation violations show the rejected value
 * @param traceIdMember name of the trace-ID member
 */
public record MappingSettings(@Nullable URI typeBaseUri, int validationStatus, Map<Integer, String> titles,
		Map<String, String> extensions, boolean includeInstance, boolean includeTimestamp,
		boolean exposeClientErrorMessages, boolean includeRejectedValues, String traceIdMember) {

	/**
	 * Create settings, copying the maps.
	 */
	public MappingSettings {
		titles = Map.copyOf(titles);
		extensions = Map.copyOf(extensions);
	}

	/**
	 * Settings with the given type base URI and validation status, and every other value at
	 * its default.
	 * @param typeBaseUri absolute URI that type slugs are appended to, or {@code null}
	 * @param validationStatus status of validation problems, 400 or 422
	 */
	public MappingSettings(@Nullable URI typeBaseUri, int validationStatus) {
		this(typeBaseUri, validationStatus, Map.of(), Map.of(), true, false, false, false, ProblemMembers.TRACE_ID);
	}

	/**
	 * Settings without a type base URI, with validation answered by 422 and every other value
	 * at its default.
	 * @return the settings
	 */
	public static MappingSettings defaults() {
		return new MappingSettings(null, 422);
	}

}

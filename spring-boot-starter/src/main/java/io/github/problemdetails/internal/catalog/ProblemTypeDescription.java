package io.github.problemdetails.internal.catalog;

import java.util.List;

/**
 * What the catalogue tells about one problem type: only what a client sees on the wire and
 * what it should do, never how the service produces it.
 *
 * @param slug the type slug, the last segment of the type URI
 * @param type the type URI as problems carry it
 * @param title the title of the type
 * @param status the HTTP status of its problems
 * @param codes the machine-readable codes its problems may carry, possibly none
 * @param when when problems of this type happen
 * @param action what the client should do about one
 */
public record ProblemTypeDescription(String slug, String type, String title, int status, List<String> codes,
		String when, String action) {

	/**
	 * Create a description, copying the codes.
	 */
	public ProblemTypeDescription {
		codes = List.copyOf(codes);
	}

}

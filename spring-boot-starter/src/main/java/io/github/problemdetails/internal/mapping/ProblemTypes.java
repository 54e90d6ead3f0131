package io.github.problemdetails.internal.mapping;

import io.github.problemdetails.core.exception.ValidationException;

/**
 * Type slugs of the problems that Spring itself raises, beside the slugs of the typed
 * exceptions in {@code io.github.problemdetails.core.exception}. Clients may switch on them,
 * so they never change.
 */
public final class ProblemTypes {

	/** Request body that is missing, not well-formed or of the wrong shape. */
	public static final String MALFORMED_BODY = "malformed-body";

	/** Required parameter, header, cookie or part that is missing. */
	public static final String MISSING_PARAMETER = "missing-parameter";

	/** Parameter or path variable whose value cannot be converted to its type. */
	public static final String INVALID_PARAMETER = "invalid-parameter";

	/** Bean Validation failure of a request body or of method parameters. */
	public static final String VALIDATION_FAILED = ValidationException.TYPE;

	/** Unexpected failure of the server. */
	public static final String INTERNAL_ERROR = "internal-error";

	private ProblemTypes() {
	}

}

package io.github.problemdetails.internal.catalog;

import io.github.problemdetails.core.exception.BadGatewayException;
import io.github.problemdetails.core.exception.BadRequestException;
import io.github.problemdetails.core.exception.ConflictException;
import io.github.problemdetails.core.exception.ForbiddenException;
import io.github.problemdetails.core.exception.GatewayTimeoutException;
import io.github.problemdetails.core.exception.GoneException;
import io.github.problemdetails.core.exception.NotFoundException;
import io.github.problemdetails.core.exception.NotImplementedException;
import io.github.problemdetails.core.exception.PayloadTooLargeException;
import io.github.problemdetails.core.exception.PreconditionFailedException;
import io.github.problemdetails.core.exception.PreconditionRequiredException;
import io.github.problemdetails.core.exception.RateLimitedException;
import io.github.problemdetails.core.exception.ServiceUnavailableException;
import io.github.problemdetails.core.exception.UnauthenticatedException;
import io.github.problemdetails.internal.mapping.ProblemTypes;
import org.jspecify.annotations.Nullable;

/**
 * The kinds of problem that the starter answers with by itself (the contract's status table):
 * each with its type slug, status, when it happens and what the client should do.
 */
public enum ProblemKind {

	/** Body that is missing, not well-formed or of the wrong shape. */
	MALFORMED_BODY(ProblemTypes.MALFORMED_BODY, 400, null,
			"The request body is missing, is not well-formed JSON, or a value has the wrong JSON type.",
			"Fix the body so that it matches the operation's request schema, then send it again."),

	/** Required parameter, header, cookie or part that is missing. */
	MISSING_PARAMETER(ProblemTypes.MISSING_PARAMETER, 400, null,
			"A required query parameter, header, cookie or multipart part is missing.",
			"Add the parameter named in the detail, then send the request again."),

	/** Parameter or path variable of the wrong type. */
	INVALID_PARAMETER(ProblemTypes.INVALID_PARAMETER, 400, null,
			"A query parameter or path variable cannot be converted to its type, such as a word where a number is expected.",
			"Send a value of the documented type."),

	/** Other malformed request. */
	BAD_REQUEST(BadRequestException.TYPE, 400, null, "The request is malformed in another way.",
			"Fix the request as the detail says; do not repeat it unchanged."),

	/** Bean Validation or domain validation failure, 422 or the configured validation status. */
	VALIDATION_FAILED(ProblemTypes.VALIDATION_FAILED, 0, null,
			"The request is well-formed but values in it are invalid; \"errors\" lists each one with its pointer "
					+ "(body) or parameter name and a message.",
			"Correct the values listed in \"errors\", then send the request again."),

	/** Missing, invalid or expired credentials. */
	UNAUTHENTICATED(UnauthenticatedException.TYPE, 401, null,
			"The operation needs authentication and the request has no valid credentials.",
			"Authenticate as the WWW-Authenticate header says, then send the request again."),

	/** Authenticated but not allowed. */
	FORBIDDEN(ForbiddenException.TYPE, 403, null, "The caller is authenticated but not allowed to do this.",
			"Do not retry with the same credentials; ask for the permission you need."),

	/** Unknown resource or route. */
	NOT_FOUND(NotFoundException.TYPE, 404, null, "No resource exists at this path or with this ID.",
			"Check the path and the ID; do not retry unchanged."),

	/** Route exists, method does not. */
	METHOD_NOT_ALLOWED("method-not-allowed", 405, null, "The resource exists but does not support this method.",
			"Use one of the methods listed in the Allow header."),

	/** No acceptable representation. */
	NOT_ACCEPTABLE("not-acceptable", 406, null,
			"None of the media types that the Accept header lists can be produced.",
			"Accept one of the media types the operation documents, such as application/json."),

	/** State conflict. */
	CONFLICT(ConflictException.TYPE, 409, null,
			"The request conflicts with the current state of the resource, such as a stale version.",
			"Reload the resource, apply the change again, and retry."),

	/** Duplicate unique value. */
	DUPLICATE(ConflictException.DUPLICATE_TYPE, 409, ConflictException.DUPLICATE_TITLE,
			"A value that must be unique, such as an email address, is already taken.",
			"Choose another value for the field named in the detail."),

	/** Resource intentionally removed. */
	GONE(GoneException.TYPE, 410, null, "The resource existed but has been removed for good.",
			"Stop using this resource; do not retry."),

	/** Failed If-Match or If-Unmodified-Since. */
	PRECONDITION_FAILED(PreconditionFailedException.TYPE, 412, null,
			"An If-Match or If-Unmodified-Since condition no longer holds: the resource changed meanwhile.",
			"Fetch the resource again for its current ETag, apply the change again, and retry."),

	/** Request or upload too large. */
	PAYLOAD_TOO_LARGE(PayloadTooLargeException.TYPE, 413, null, "The request body or an upload is too large.",
			"Send a smaller body, or split it."),

	/** Content type not supported. */
	UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, null,
			"The Content-Type of the request body is not one the operation reads.",
			"Send the body in one of the media types listed in the Accept header."),

	/** Conditional request required. */
	PRECONDITION_REQUIRED(PreconditionRequiredException.TYPE, 428, null,
			"The operation only accepts conditional requests and this one has no If-Match header.",
			"Fetch the resource, then send the request again with If-Match set to its ETag."),

	/** Rate limit or quota exceeded. */
	RATE_LIMITED(RateLimitedException.TYPE, 429, null, "The caller sent too many requests in a given time.",
			"Wait for the number of seconds in the Retry-After header, then retry."),

	/** Unexpected failure. */
	INTERNAL_ERROR(ProblemTypes.INTERNAL_ERROR, 500, null, "The service failed unexpectedly.",
			"Retry later; if it persists, report it quoting the traceId."),

	/** Feature not implemented. */
	NOT_IMPLEMENTED(NotImplementedException.TYPE, 501, null, "The operation is not implemented (yet).",
			"Do not retry; use another operation."),

	/** Upstream answered with an error or an unusable response, or cannot be reached. */
	BAD_GATEWAY(BadGatewayException.TYPE, 502, null,
			"A service that this one depends on answered with an error or an unusable response.",
			"Retry later; if it persists, report it quoting the traceId."),

	/** Service unavailable. */
	SERVICE_UNAVAILABLE(ServiceUnavailableException.TYPE, 503, null,
			"The service is temporarily unable to answer: maintenance, overload or an unreachable dependency.",
			"Retry after the number of seconds in the Retry-After header, or later when there is none."),

	/** Upstream did not answer in time. */
	GATEWAY_TIMEOUT(GatewayTimeoutException.TYPE, 504, null,
			"A service that this one depends on did not answer in time.", "Retry later.");

	private final String slug;

	private final int status;

	private final @Nullable String title;

	private final String when;

	private final String action;

	ProblemKind(String slug, int status, @Nullable String title, String when, String action) {
		this.slug = slug;
		this.status = status;
		this.title = title;
		this.when = when;
		this.action = action;
	}

	/**
	 * Return the type slug of this kind.
	 * @return the slug
	 */
	public String slug() {
		return this.slug;
	}

	/**
	 * Return the status of this kind.
	 * @param validationStatus the configured status of validation problems
	 * @return the status
	 */
	public int status(int validationStatus) {
		return (this.status != 0) ? this.status : validationStatus;
	}

	/**
	 * Return the title of this kind when it differs from its status's.
	 * @return the title, or {@code null} for the status's
	 */
	public @Nullable String title() {
		return this.title;
	}

	/**
	 * Return when problems of this kind happen.
	 * @return one or two sentences for clients
	 */
	public String when() {
		return this.when;
	}

	/**
	 * Return what a client should do about a problem of this kind.
	 * @return one sentence for clients
	 */
	public String action() {
		return this.action;
	}

	/**
	 * Return the built-in kind of a status, the one that a problem of that status gets when
	 * nothing more specific is known.
	 * @param status the HTTP status
	 * @param validationStatus the configured status of validation problems
	 * @return the kind, or {@code null} if the contract has none for the status
	 */
	public static @Nullable ProblemKind ofStatus(int status, int validationStatus) {
		for (ProblemKind kind : values()) {
			if (kind.status(validationStatus) == status && kind != MALFORMED_BODY && kind != MISSING_PARAMETER
					&& kind != INVALID_PARAMETER && kind != DUPLICATE) {
				return kind;
			}
		}
		return null;
	}

}

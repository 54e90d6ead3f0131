package io.github.problemdetails.internal.mapping;

import java.util.List;
import java.util.Map;

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
import io.github.problemdetails.core.exception.ValidationException;
import io.github.problemdetails.mapping.ProblemDraft;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * The registry of the kinds of problem that the starter answers with by itself (the contract's
 * status table). The engine takes a status's slug, title and generic detail from here, and the
 * catalogue and the API examples describe these kinds; none keeps a table of its own.
 *
 * <p>A row reads: slug, status, title, generic detail, when it happens, what to do. A kind is
 * either the kind of its status, what a problem of that status is when nothing more is known,
 * or a narrower kind of a status, which names the status's kind first and shares its status
 * and generic detail. Slugs and titles of kinds that a typed exception stands for are that
 * exception's {@code TYPE} and {@code TITLE}.
 */
public enum ProblemKind {

	BAD_REQUEST(BadRequestException.TYPE, 400, BadRequestException.TITLE, "The request is malformed.",
			"The request is malformed in another way.",
			"Fix the request as the detail says; do not repeat it unchanged."),

	MALFORMED_BODY(BAD_REQUEST, "malformed-body", BadRequestException.TITLE,
			"The request body is missing, is not well-formed JSON or multipart, exceeds a limit of the service, or a "
					+ "value has the wrong JSON type.",
			"Fix the body so that it matches the operation's request schema, then send it again."),

	MISSING_PARAMETER(BAD_REQUEST, "missing-parameter", BadRequestException.TITLE,
			"A required query parameter, header, cookie or multipart part is missing.",
			"Add the parameter named in the detail, then send the request again."),

	INVALID_PARAMETER(BAD_REQUEST, "invalid-parameter", BadRequestException.TITLE,
			"A query parameter or path variable cannot be converted to its type, such as a word where a number is "
					+ "expected.",
			"Send a value of the documented type."),

	UNAUTHENTICATED(UnauthenticatedException.TYPE, 401, UnauthenticatedException.TITLE,
			"Authentication is required to access this resource.",
			"The operation needs authentication and the request has no valid credentials.",
			"Authenticate as the WWW-Authenticate header says, then send the request again."),

	FORBIDDEN(ForbiddenException.TYPE, 403, ForbiddenException.TITLE, "You are not allowed to access this resource.",
			"The caller is authenticated but not allowed to do this.",
			"Do not retry with the same credentials; ask for the permission you need."),

	NOT_FOUND(NotFoundException.TYPE, 404, NotFoundException.TITLE, "No resource exists at this path.",
			"No resource exists at this path or with this ID.", "Check the path and the ID; do not retry unchanged."),

	METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed",
			"The request method is not supported by this resource; see the Allow header.",
			"The resource exists but does not support this method.",
			"Use one of the methods listed in the Allow header."),

	NOT_ACCEPTABLE("not-acceptable", 406, "Not acceptable",
			"None of the representations that the request accepts can be produced.",
			"None of the media types that the Accept header lists can be produced.",
			"Accept one of the media types the operation documents, such as application/json."),

	CONFLICT(ConflictException.TYPE, 409, ConflictException.TITLE,
			"The request conflicts with the current state of the resource.",
			"The request conflicts with the current state of the resource, such as a stale version.",
			"Reload the resource, apply the change again, and retry."),

	DUPLICATE(CONFLICT, ConflictException.DUPLICATE_TYPE, ConflictException.DUPLICATE_TITLE,
			"A value that must be unique, such as an email address, is already taken.",
			"Choose another value for the field named in the detail."),

	GONE(GoneException.TYPE, 410, GoneException.TITLE, "The resource is no longer available.",
			"The resource existed but has been removed for good.", "Stop using this resource; do not retry."),

	PRECONDITION_FAILED(PreconditionFailedException.TYPE, 412, PreconditionFailedException.TITLE,
			"A precondition of the request failed.",
			"An If-Match or If-Unmodified-Since condition no longer holds: the resource changed meanwhile.",
			"Fetch the resource again for its current ETag, apply the change again, and retry."),

	PAYLOAD_TOO_LARGE(PayloadTooLargeException.TYPE, 413, PayloadTooLargeException.TITLE,
			"The request body is too large.", "The request body or an upload is too large.",
			"Send a smaller body, or split it."),

	UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type",
			"The content type of the request is not supported; see the Accept header.",
			"The Content-Type of the request body is not one the operation reads.",
			"Send the body in one of the media types listed in the Accept header."),

	VALIDATION_FAILED(ValidationException.TYPE, 422, ValidationException.TITLE, "The request contains invalid values.",
			"The request is well-formed but values in it are invalid; \"errors\" lists each one with its pointer "
					+ "(body) or parameter name and a message.",
			"Correct the values listed in \"errors\", then send the request again."),

	PRECONDITION_REQUIRED(PreconditionRequiredException.TYPE, 428, PreconditionRequiredException.TITLE,
			"The request must be conditional, for example with an If-Match header.",
			"The operation only accepts conditional requests and this one has no If-Match header.",
			"Fetch the resource, then send the request again with If-Match set to its ETag."),

	RATE_LIMITED(RateLimitedException.TYPE, 429, RateLimitedException.TITLE, "Too many requests; retry later.",
			"The caller sent too many requests in a given time.",
			"Wait for the number of seconds in the Retry-After header, then retry."),

	INTERNAL_ERROR("internal-error", 500, "Internal server error",
			"An unexpected error occurred. Quote the trace ID when you report it.", "The service failed unexpectedly.",
			"Retry later; if it persists, report it quoting the traceId."),

	NOT_IMPLEMENTED(NotImplementedException.TYPE, 501, NotImplementedException.TITLE,
			"This operation is not implemented.", "The operation is not implemented (yet).",
			"Do not retry; use another operation."),

	BAD_GATEWAY(BadGatewayException.TYPE, 502, BadGatewayException.TITLE,
			"An upstream service failed to answer properly.",
			"A service that this one depends on answered with an error or an unusable response.",
			INTERNAL_ERROR.action),

	SERVICE_UNAVAILABLE(ServiceUnavailableException.TYPE, 503, ServiceUnavailableException.TITLE,
			"The service is temporarily unavailable; retry later.",
			"The service is temporarily unable to answer: maintenance, overload or an unreachable dependency.",
			"Retry after the number of seconds in the Retry-After header, or later when there is none."),

	GATEWAY_TIMEOUT(GatewayTimeoutException.TYPE, 504, GatewayTimeoutException.TITLE,
			"An upstream service did not answer in time.",
			"A service that this one depends on did not answer in time.", "Retry later.");

	private final String slug;

	private final int status;

	private final String title;

	private final String detail;

	private final String when;

	private final String action;

	private final boolean ofItsStatus;

	// The kind of its status.
	ProblemKind(String slug, int status, String title, String detail, String when, String action) {
		this.slug = slug;
		this.status = status;
		this.title = title;
		this.detail = detail;
		this.when = when;
		this.action = action;
		this.ofItsStatus = true;
	}

	// A narrower kind of the same status as the broader one, with its generic detail.
	ProblemKind(ProblemKind broader, String slug, String title, String when, String action) {
		this.slug = slug;
		this.status = broader.status;
		this.title = title;
		this.detail = broader.detail;
		this.when = when;
		this.action = action;
		this.ofItsStatus = false;
	}

	/**
	 * Return the type slug of this kind.
	 * @return the slug
	 */
	public String slug() {
		return this.slug;
	}

	/**
	 * Return the status of this kind; validation problems are answered with the configured
	 * validation status instead.
	 * @return the status
	 */
	public int status() {
		return this.status;
	}

	/**
	 * Return the title of this kind's problems under a type base URI; an {@code about:blank}
	 * problem has its status's reason phrase instead (RFC 9457 §4.2.1).
	 * @return the title
	 */
	public String title() {
		return this.title;
	}

	/**
	 * Return the detail of a problem of this kind that says nothing more specific.
	 * @return one sentence for clients
	 */
	public String detail() {
		return this.detail;
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

	boolean isOfItsStatus() {
		return this.ofItsStatus;
	}

	/**
	 * A draft of a problem of this kind, at its own status (422 for validation, whatever the
	 * configured validation status).
	 * @param detail a client-safe detail, or {@code null} for the generic detail
	 * @return the draft
	 */
	public ProblemDraft draft(@Nullable String detail) {
		return new ProblemDraft(this.status, this.slug, this.title, detail, null, List.of(), Map.of(),
				HttpHeaders.EMPTY);
	}

	/**
	 * Return the kind of a status: the kind that a problem of the status has when nothing more
	 * specific is known.
	 * @param status the HTTP status
	 * @return the kind, or {@code null} if the contract has none for the status
	 */
	public static @Nullable ProblemKind ofStatus(int status) {
		return StatusKinds.kind(status);
	}

}

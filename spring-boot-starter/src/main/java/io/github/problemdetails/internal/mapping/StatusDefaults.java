package io.github.problemdetails.internal.mapping;

import java.util.Locale;

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

import org.springframework.http.HttpStatus;

/**
 * Slug, title and generic detail for every HTTP error status, used whenever an exception
 * does not say more. The tables are built once; a lookup is an array access.
 */
final class StatusDefaults {

	private static final int FIRST = 400;

	private static final int LAST = 599;

	private static final String[] SLUGS = new String[LAST - FIRST + 1];

	private static final String[] TITLES = new String[LAST - FIRST + 1];

	private static final String[] REASON_PHRASES = new String[LAST - FIRST + 1];

	private static final String[] DETAILS = new String[LAST - FIRST + 1];

	static {
		for (int status = FIRST; status <= LAST; status++) {
			HttpStatus known = HttpStatus.resolve(status);
			String phrase = (known != null) ? known.getReasonPhrase()
					: (status < 500) ? "Client Error" : "Server Error";
			REASON_PHRASES[status - FIRST] = phrase;
			TITLES[status - FIRST] = phrase;
			SLUGS[status - FIRST] = (known != null) ? phrase.toLowerCase(Locale.ROOT).replace(' ', '-')
				.replace("'", "") : (status < 500) ? "client-error" : "server-error";
			DETAILS[status - FIRST] = (status < 500) ? "The request cannot be processed."
					: "The server failed to process the request.";
		}
		define(400, BadRequestException.TYPE, BadRequestException.TITLE, "The request is malformed.");
		define(401, UnauthenticatedException.TYPE, UnauthenticatedException.TITLE,
				"Authentication is required to access this resource.");
		define(403, ForbiddenException.TYPE, ForbiddenException.TITLE, "You are not allowed to access this resource.");
		define(404, NotFoundException.TYPE, NotFoundException.TITLE, "No resource exists at this path.");
		define(405, "method-not-allowed", "Method not allowed",
				"The request method is not supported by this resource; see the Allow header.");
		define(406, "not-acceptable", "Not acceptable",
				"None of the representations that the request accepts can be produced.");
		define(409, ConflictException.TYPE, ConflictException.TITLE,
				"The request conflicts with the current state of the resource.");
		define(410, GoneException.TYPE, GoneException.TITLE, "The resource is no longer available.");
		define(412, PreconditionFailedException.TYPE, PreconditionFailedException.TITLE,
				"A precondition of the request failed.");
		define(413, PayloadTooLargeException.TYPE, PayloadTooLargeException.TITLE, "The request body is too large.");
		define(415, "unsupported-media-type", "Unsupported media type",
				"The content type of the request is not supported; see the Accept header.");
		define(422, ValidationException.TYPE, ValidationException.TITLE, "The request contains invalid values.");
		define(428, PreconditionRequiredException.TYPE, PreconditionRequiredException.TITLE,
				"The request must be conditional, for example with an If-Match header.");
		define(429, RateLimitedException.TYPE, RateLimitedException.TITLE, "Too many requests; retry later.");
		define(500, ProblemTypes.INTERNAL_ERROR, "Internal server error",
				"An unexpected error occurred. Quote the trace ID when you report it.");
		define(501, NotImplementedException.TYPE, NotImplementedException.TITLE, "This operation is not implemented.");
		define(502, BadGatewayException.TYPE, BadGatewayException.TITLE,
				"An upstream service failed to answer properly.");
		define(503, ServiceUnavailableException.TYPE, ServiceUnavailableException.TITLE,
				"The service is temporarily unavailable; retry later.");
		define(504, GatewayTimeoutException.TYPE, GatewayTimeoutException.TITLE,
				"An upstream service did not answer in time.");
	}

	private StatusDefaults() {
	}

	private static void define(int status, String slug, String title, String detail) {
		SLUGS[status - FIRST] = slug;
		TITLES[status - FIRST] = title;
		DETAILS[status - FIRST] = detail;
	}

	static String slug(int status) {
		return SLUGS[index(status)];
	}

	static String title(int status) {
		return TITLES[index(status)];
	}

	/** The phrase that RFC 9457 §4.2.1 asks for as the title of an {@code about:blank} problem. */
	static String reasonPhrase(int status) {
		return REASON_PHRASES[index(status)];
	}

	static String detail(int status) {
		return DETAILS[index(status)];
	}

	private static int index(int status) {
		if (status < FIRST || status > LAST) {
			throw new IllegalArgumentException("'status' must be between 400 and 599: " + status);
		}
		return status - FIRST;
	}

}

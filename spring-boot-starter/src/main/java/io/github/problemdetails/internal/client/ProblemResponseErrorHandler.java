package io.github.problemdetails.internal.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import io.github.problemdetails.client.UpstreamProblemException;
import io.github.problemdetails.core.Problem;
import io.github.problemdetails.core.exception.ProblemHeaders;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResponseErrorHandler;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.client.UnknownHttpStatusCodeException;

/**
 * Turns an error response with an {@code application/problem+json} or {@code application/problem+xml} body into
 * an {@link UpstreamProblemException}. The body is read up to a limit and never past it; a body over the limit, or
 * one that is no valid problem, gives the exception Spring itself would have thrown for the status, with the
 * bytes read so far. Other responses go to the delegate, untouched.
 */
public class ProblemResponseErrorHandler implements ResponseErrorHandler {

	private final @Nullable ResponseErrorHandler delegate;

	private final UpstreamProblemReader reader;

	/**
	 * Create a handler.
	 * @param delegate the handler of every response that is no problem, or {@code null} to claim only problems
	 * (a {@code RestClient} status handler, after which Spring's own handlers still apply)
	 * @param reader reads a JSON or XML problem, with its limits
	 */
	public ProblemResponseErrorHandler(@Nullable ResponseErrorHandler delegate, UpstreamProblemReader reader) {
		this.delegate = delegate;
		this.reader = reader;
	}

	@Override
	public boolean hasError(ClientHttpResponse response) throws IOException {
		return problemContentType(response) != null || (this.delegate != null && this.delegate.hasError(response));
	}

	@Override
	public void handleError(URI url, HttpMethod method, ClientHttpResponse response) throws IOException {
		MediaType contentType = problemContentType(response);
		if (contentType != null) {
			throw read(url, response, contentType);
		}
		if (this.delegate != null) {
			this.delegate.handleError(url, method, response);
		}
	}

	// The media type of an error response with a problem body; null for any other response.
	private static @Nullable MediaType problemContentType(ClientHttpResponse response) throws IOException {
		if (!response.getStatusCode().isError()) {
			return null;
		}
		MediaType contentType;
		try {
			contentType = response.getHeaders().getContentType();
		}
		catch (InvalidMediaTypeException ex) {
			// A Content-Type that does not parse names no problem body: the delegate decides what it is.
			return null;
		}
		return UpstreamProblemReader.isProblem(contentType) ? contentType : null;
	}

	private RestClientResponseException read(URI url, ClientHttpResponse response, MediaType contentType)
			throws IOException {
		HttpStatusCode status = response.getStatusCode();
		String statusText = response.getStatusText();
		HttpHeaders headers = response.getHeaders();
		int limit = this.reader.maxBytes();
		byte[] body;
		try (InputStream stream = response.getBody()) {
			body = stream.readNBytes(limit + 1);
		}
		if (body.length > limit) {
			return fallback("problem body larger than " + limit + " bytes", status, statusText, headers,
					Arrays.copyOf(body, limit), null);
		}
		try {
			Problem problem = resolveType(this.reader.read(body, contentType, status.value()), url);
			return new UpstreamProblemException(problem, url, status, statusText, headers, body,
					StandardCharsets.UTF_8, retryAfter(headers.getFirst(ProblemHeaders.RETRY_AFTER)));
		}
		catch (UnreadableProblemException ex) {
			return fallback("unreadable problem body: " + ex.getMessage(), status, statusText, headers, body, ex);
		}
	}

	// RFC 9457 section 3.1.1: a relative type is resolved against the document's base URI, the request's.
	private static Problem resolveType(Problem problem, URI url) {
		if (problem.type().isAbsolute()) {
			return problem;
		}
		try {
			return problem.toBuilder().type(url.resolve(problem.type())).build();
		}
		catch (IllegalArgumentException ex) {
			return problem.toBuilder().type(null).build();
		}
	}

	// The exception Spring's DefaultResponseErrorHandler throws for the status, from a bounded body.
	private static RestClientResponseException fallback(String reason, HttpStatusCode status, String statusText,
			HttpHeaders headers, byte[] body, @Nullable Throwable cause) {
		String message = status.value() + " " + statusText + ": " + reason;
		Charset charset = StandardCharsets.UTF_8;
		RestClientResponseException exception;
		if (status.is4xxClientError()) {
			exception = HttpClientErrorException.create(message, status, statusText, headers, body, charset);
		}
		else if (status.is5xxServerError()) {
			exception = HttpServerErrorException.create(message, status, statusText, headers, body, charset);
		}
		else {
			exception = new UnknownHttpStatusCodeException(message, status.value(), statusText, headers, body,
					charset);
		}
		if (cause != null) {
			exception.initCause(cause);
		}
		return exception;
	}

	/**
	 * Parse a {@code Retry-After} value (RFC 9110 section 10.2.3): delay seconds or an HTTP date.
	 * @param value the header value, or {@code null}
	 * @return the delay from now, zero for a date in the past, or {@code null} when absent or invalid
	 */
	static @Nullable Duration retryAfter(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.strip();
		if (trimmed.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			// Anything past ten digits is centuries: no sensible delay, and it keeps parseLong safe.
			return (trimmed.length() <= 10) ? Duration.ofSeconds(Long.parseLong(trimmed)) : null;
		}
		try {
			ZonedDateTime date = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME);
			Duration delay = Duration.between(ZonedDateTime.now(date.getZone()), date);
			return delay.isNegative() ? Duration.ZERO : delay;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}

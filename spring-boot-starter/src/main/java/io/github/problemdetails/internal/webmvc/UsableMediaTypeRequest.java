package io.github.problemdetails.internal.webmvc;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.Collections;
import java.util.Enumeration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.ConcurrentLruCache;

/**
 * Presents a request's {@code Content-Type} and {@code Accept} to the application as absent when no part of it can
 * use them: a {@code Content-Type} that does not parse, names an unknown charset, or is a range ({@code *}{@code /*},
 * {@code application/*}), which Spring's own request headers refuse with an exception that would answer 500; an
 * {@code Accept} that does not parse, which Spring Boot's welcome page mapping logs as a warning on every request.
 * <p>
 * Absent rather than answered here: only the application knows whether the request needs a body, and which types it
 * accepts, so a body without a usable type answers 415 with the route's {@code Accept}, as one without any type
 * does, while a request without body is served as usual (RFC 9110 §12.5.1 lets a server disregard an
 * {@code Accept} it cannot use). A request whose headers are usable is passed on as it is.
 */
final class UsableMediaTypeRequest extends HttpServletRequestWrapper {

	// The verdict per header value, since clients send the same few values again and again (parsing a browser's
	// Accept costs ten times the lookup); bounded in number and length, against clients that send new ones.
	private static final int CACHED_VALUES = 128;

	private static final int MAX_CACHED_LENGTH = 256;

	private static final ConcurrentLruCache<String, Boolean> USABLE_CONTENT_TYPES = new ConcurrentLruCache<>(
			CACHED_VALUES, UsableMediaTypeRequest::parsesAsContentType);

	private static final ConcurrentLruCache<String, Boolean> USABLE_ACCEPTS = new ConcurrentLruCache<>(CACHED_VALUES,
			UsableMediaTypeRequest::parsesAsAccept);

	private final boolean contentTypeHidden;

	private final boolean acceptHidden;

	private UsableMediaTypeRequest(HttpServletRequest request, boolean contentTypeHidden, boolean acceptHidden) {
		super(request);
		this.contentTypeHidden = contentTypeHidden;
		this.acceptHidden = acceptHidden;
	}

	/**
	 * Return the request as the application is to see it.
	 * @param request the request as received
	 * @return the request itself when its media types are usable, else a view without the unusable ones
	 */
	static HttpServletRequest of(HttpServletRequest request) {
		String contentType = request.getContentType();
		boolean contentTypeHidden = contentType != null && !isUsableContentType(contentType);
		boolean acceptHidden = !isUsableAccept(request.getHeaders(HttpHeaders.ACCEPT));
		if (!contentTypeHidden && !acceptHidden) {
			return request;
		}
		return new UsableMediaTypeRequest(request, contentTypeHidden, acceptHidden);
	}

	// A multipart type's boundary is new on every request: not worth a place in the cache.
	private static boolean isUsableContentType(String contentType) {
		return (contentType.length() > MAX_CACHED_LENGTH || contentType.startsWith("multipart"))
				? parsesAsContentType(contentType) : USABLE_CONTENT_TYPES.get(contentType);
	}

	private static boolean parsesAsContentType(String contentType) {
		try {
			MediaType mediaType = MediaType.parseMediaType(contentType);
			return !mediaType.isWildcardType() && !mediaType.isWildcardSubtype();
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	private static boolean isUsableAccept(@Nullable Enumeration<String> accepts) {
		if (accepts == null) {
			return true;
		}
		while (accepts.hasMoreElements()) {
			String accept = accepts.nextElement();
			boolean usable = (accept.length() > MAX_CACHED_LENGTH) ? parsesAsAccept(accept)
					: USABLE_ACCEPTS.get(accept);
			if (!usable) {
				return false;
			}
		}
		return true;
	}

	private static boolean parsesAsAccept(String accept) {
		try {
			MediaType.parseMediaTypes(accept);
			return true;
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	@Override
	public @Nullable String getContentType() {
		return this.contentTypeHidden ? null : super.getContentType();
	}

	// Without a Content-Type, a charset is only what the application set; an unknown one from the header is none.
	@Override
	public @Nullable String getCharacterEncoding() {
		String encoding = super.getCharacterEncoding();
		return (this.contentTypeHidden && encoding != null && !isSupported(encoding)) ? null : encoding;
	}

	@Override
	public @Nullable String getHeader(String name) {
		return isHidden(name) ? null : super.getHeader(name);
	}

	@Override
	public Enumeration<String> getHeaders(String name) {
		return isHidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
	}

	@Override
	public Enumeration<String> getHeaderNames() {
		return Collections.enumeration(Collections.list(super.getHeaderNames())
			.stream()
			.filter((name) -> !isHidden(name))
			.toList());
	}

	private boolean isHidden(String name) {
		return (this.contentTypeHidden && HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name))
				|| (this.acceptHidden && HttpHeaders.ACCEPT.equalsIgnoreCase(name));
	}

	private static boolean isSupported(String charset) {
		try {
			return Charset.isSupported(charset);
		}
		catch (IllegalCharsetNameException ex) {
			return false;
		}
	}

}

package io.github.problemdetails.internal.client;

import java.net.URI;
import java.net.URISyntaxException;

import io.github.problemdetails.client.UpstreamProblemException;
import org.jspecify.annotations.Nullable;

import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Finds the upstream host and port that a failed call went to, where Spring states it in a
 * fixed message format. Spring's exceptions carry no request URL, so the URL is read from
 * the message, and only where everything before it is known: the upstream controls its
 * status text and body, which must never be mistaken for a URL.
 */
final class UpstreamHost {

	// RestClient and RestTemplate: "I/O error on GET request for \"http://host/path\": ..."
	private static final String IO_ERROR_PREFIX = "I/O error on ";

	private static final String REQUEST_FOR = " request for \"";

	private UpstreamHost() {
	}

	/** The host of an I/O failure of RestClient or RestTemplate, or {@code null} if unknown. */
	static @Nullable String of(ResourceAccessException exception) {
		return after(exception.getMessage(), IO_ERROR_PREFIX);
	}

	/**
	 * The host of an error answer as reported by RestTemplate's error handler ("500 Internal
	 * Server Error on GET request for ..."), or {@code null}: RestClient's messages name no URL.
	 */
	static @Nullable String of(RestClientResponseException exception) {
		return after(exception.getMessage(),
				exception.getStatusCode().value() + " " + exception.getStatusText() + " on ");
	}

	/** The host of an upstream problem, from the URI that was called, or {@code null} if unknown. */
	static @Nullable String of(UpstreamProblemException exception) {
		URI uri = exception.getRequestUri();
		return (uri != null) ? hostOf(uri.toString()) : null;
	}

	private static @Nullable String after(@Nullable String message, String prefix) {
		if (message == null || !message.startsWith(prefix)) {
			return null;
		}
		int requestFor = message.indexOf(REQUEST_FOR, prefix.length());
		if (requestFor < 0 || !isMethod(message.substring(prefix.length(), requestFor))) {
			return null;
		}
		int urlStart = requestFor + REQUEST_FOR.length();
		// A URI cannot contain a raw quote, so the next one ends it.
		int urlEnd = message.indexOf('"', urlStart);
		return (urlEnd < 0) ? null : hostOf(message.substring(urlStart, urlEnd));
	}

	private static boolean isMethod(String token) {
		return !token.isEmpty() && token.chars().allMatch((c) -> c >= 'A' && c <= 'Z');
	}

	private static @Nullable String hostOf(String url) {
		try {
			URI uri = new URI(url);
			String host = uri.getHost();
			if (host == null) {
				return null;
			}
			return (uri.getPort() != -1) ? host + ":" + uri.getPort() : host;
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

}

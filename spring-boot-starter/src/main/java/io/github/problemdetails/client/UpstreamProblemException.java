package io.github.problemdetails.client;

import java.net.URI;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.problemdetails.core.FieldViolation;
import io.github.problemdetails.core.Problem;
import io.github.problemdetails.core.ProblemDocument;
import io.github.problemdetails.core.ProblemMembers;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClientResponseException;

/**
 * An upstream service answered a call through {@code RestClient} or {@code RestTemplate} with an error status
 * and an RFC 9457 {@code application/problem+json} or {@code application/problem+xml} body: the parsed problem,
 * in typed form.
 * <p>
 * It is a {@link RestClientResponseException}, so code that catches Spring's exceptions keeps working. When it
 * escapes a controller, the starter answers 502, or passes the upstream's status, type, code and field errors
 * through for the statuses listed in {@code problem-details.client.passthrough-statuses}; the upstream's
 * {@code detail}, {@code instance} and trace ID are never forwarded unless configured.
 */
public class UpstreamProblemException extends RestClientResponseException {

	private static final long serialVersionUID = 1L;

	private final transient Problem problem;

	private final @Nullable URI requestUri;

	private final @Nullable Duration retryAfter;

	/**
	 * Create an exception.
	 * @param problem the upstream's problem; relative {@code type} URIs already resolved
	 * @param requestUri the URI that was called, or {@code null} if unknown
	 * @param statusCode the HTTP status of the response
	 * @param statusText the status text of the response
	 * @param headers the headers of the response
	 * @param body the body as read (bounded)
	 * @param charset the charset of the body, or {@code null} for UTF-8
	 * @param retryAfter the delay of the response's {@code Retry-After} header, or {@code null} for none
	 */
	public UpstreamProblemException(Problem problem, @Nullable URI requestUri, HttpStatusCode statusCode,
			String statusText, HttpHeaders headers, byte[] body, @Nullable Charset charset,
			@Nullable Duration retryAfter) {
		super(messageOf(problem, statusCode), statusCode, statusText, headers, body, charset);
		this.problem = problem;
		this.requestUri = requestUri;
		this.retryAfter = retryAfter;
	}

	// For logs only: the rules never send it, and the body's detail is left out of it.
	private static String messageOf(Problem problem, HttpStatusCode statusCode) {
		return "Upstream answered " + statusCode.value() + " with problem " + problem.type()
				+ ((problem.title() != null) ? " (" + problem.title() + ")" : "");
	}

	/** The upstream's problem, with every member it sent. */
	public Problem getProblem() {
		return this.problem;
	}

	/** The problem's {@code type}; {@code about:blank} when the upstream sent none. */
	public URI getType() {
		return this.problem.type();
	}

	/** The problem's {@code title}, or {@code null}. */
	public @Nullable String getTitle() {
		return this.problem.title();
	}

	/** The problem's {@code status}: its member when valid, else the HTTP status. */
	public int getProblemStatus() {
		return this.problem.status();
	}

	/** The problem's {@code detail}, or {@code null}. */
	public @Nullable String getDetail() {
		return this.problem.detail();
	}

	/** The problem's {@code instance}, or {@code null}. */
	public @Nullable URI getInstance() {
		return this.problem.instance();
	}

	/** The problem's machine-readable {@code code}, or {@code null}. */
	public @Nullable String getCode() {
		return ProblemDocument.code(this.problem);
	}

	/** The problem's field violations ({@code errors}); empty when there are none. */
	public List<FieldViolation> getFieldViolations() {
		return ProblemDocument.fieldViolations(this.problem);
	}

	/** The problem's extension members, {@code code} and {@code errors} included. */
	public Map<String, Object> getExtensions() {
		return this.problem.extensions();
	}

	/** The upstream's trace ID, its {@code traceId} member, or {@code null}. */
	public @Nullable String getTraceId() {
		return (this.problem.extensions().get(ProblemMembers.TRACE_ID) instanceof String traceId) ? traceId : null;
	}

	/** The response's {@code Retry-After} as a delay from now, or {@code null} when it had no valid one. */
	public @Nullable Duration getRetryAfter() {
		return this.retryAfter;
	}

	/** The URI that was called, or {@code null} if unknown; may hold credentials, never for clients' eyes. */
	public @Nullable URI getRequestUri() {
		return this.requestUri;
	}

}

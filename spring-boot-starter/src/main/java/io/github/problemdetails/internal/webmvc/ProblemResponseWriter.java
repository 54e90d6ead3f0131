package io.github.problemdetails.internal.webmvc;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import io.github.problemdetails.core.ProblemStatus;
import io.github.problemdetails.internal.mapping.MappedProblem;
import io.github.problemdetails.internal.trace.RequestTraceId;
import io.github.problemdetails.internal.trace.TraceIdResolver;
import io.github.problemdetails.internal.web.ProblemBodyWriter;
import io.github.problemdetails.internal.web.ProblemResponder;
import io.github.problemdetails.mapping.ProblemRequest;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.util.StringUtils;

/**
 * Answers a failed servlet request with a problem: reads the request into a
 * {@link ProblemRequest}, lets the {@link ProblemResponder} decide the answer and the
 * {@link ProblemBodyWriter} write its body, and writes status, headers, trace ID and body to
 * the response. Used by every servlet entry point, inside the {@code DispatcherServlet} and
 * outside it.
 */
public class ProblemResponseWriter {

	private static final String NO_STORE = "no-store";

	private final ProblemResponder responder;

	private final ProblemBodyWriter bodyWriter;

	private final TraceIdResolver traceIdResolver;

	private final @Nullable String traceIdHeader;

	private final List<FailureTimeAttribute> failureTimeAttributes;

	/**
	 * Create a writer.
	 * @param responder decides the answer, logs and records the failure
	 * @param bodyWriter writes the body in the representation the client prefers
	 * @param traceIdResolver resolves the trace ID when no filter has done so yet
	 * @param traceIdHeader response header for the trace ID, or {@code null} for none
	 */
	public ProblemResponseWriter(ProblemResponder responder, ProblemBodyWriter bodyWriter,
			TraceIdResolver traceIdResolver, @Nullable String traceIdHeader) {
		this(responder, bodyWriter, traceIdResolver, traceIdHeader, List.of());
	}

	/**
	 * Create a writer.
	 * @param responder decides the answer, logs and records the failure
	 * @param bodyWriter writes the body in the representation the client prefers
	 * @param traceIdResolver resolves the trace ID when no filter has done so yet
	 * @param traceIdHeader response header for the trace ID, or {@code null} for none
	 * @param failureTimeAttributes request attributes that the integrations work out for a failed request
	 */
	public ProblemResponseWriter(ProblemResponder responder, ProblemBodyWriter bodyWriter,
			TraceIdResolver traceIdResolver, @Nullable String traceIdHeader,
			List<FailureTimeAttribute> failureTimeAttributes) {
		this.responder = responder;
		this.bodyWriter = bodyWriter;
		this.traceIdResolver = traceIdResolver;
		this.traceIdHeader = (traceIdHeader != null && !traceIdHeader.isBlank()) ? traceIdHeader : null;
		this.failureTimeAttributes = List.copyOf(failureTimeAttributes);
	}

	/**
	 * Answer the request with the problem for the given failure. Nothing is written, or
	 * logged, when the client has gone away.
	 * @param exception the failure
	 * @param request the request
	 * @param response the response; left alone if already committed
	 * @throws IOException if the body cannot be written
	 */
	public void write(Throwable exception, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		ProblemRequest problemRequest = problemRequest(request);
		MappedProblem mapped = this.responder.respond(unwrap(exception), problemRequest);
		if (mapped != null) {
			AnsweredFailures.remember(request, mapped);
			send(mapped, problemRequest, response);
		}
	}

	/**
	 * Answer an error dispatch of the servlet container: with the problem for its exception
	 * when there is one, else with the problem for the status the container chose; with the
	 * answer already given, not logged again, when the starter answered the request before.
	 * @param exception the exception of the failed request, or {@code null}
	 * @param containerStatus the status the container chose
	 * @param request the error dispatch
	 * @param response the response; left alone if already committed
	 * @throws IOException if the body cannot be written
	 * @see io.github.problemdetails.internal.mapping.ProblemMapper#mapDispatchedError
	 */
	public void writeDispatchedError(@Nullable Throwable exception, int containerStatus, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		ProblemRequest problemRequest = problemRequest(request);
		MappedProblem answered = AnsweredFailures.answerOf(request);
		if (answered != null) {
			send(answered, problemRequest, response);
			return;
		}
		Throwable failure = (exception != null) ? unwrap(exception) : null;
		send(this.responder.respondToDispatchedError(failure, containerStatus, problemRequest), problemRequest,
				response);
	}

	/**
	 * Complete a problem that the application built and Spring MVC is about to write (a
	 * {@code ProblemDetail} returned by a controller or an exception handler of the
	 * application), and give the response the contract's headers. A problem with a status that
	 * is no error is left alone.
	 * @param problem the application's problem
	 * @param request the request
	 * @param response the response, not yet committed
	 * @see io.github.problemdetails.internal.mapping.ProblemMapper#complete
	 */
	public void complete(ProblemDetail problem, HttpServletRequest request, HttpServletResponse response) {
		int status = response.getStatus();
		if (!ProblemStatus.isError(status)) {
			return;
		}
		ProblemRequest problemRequest = problemRequest(request);
		// On an error dispatch Spring sets the error page's path; the contract's instance is the failed request's.
		URI instance = problem.getInstance();
		if (instance != null && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null
				&& instance.toString().equals(request.getRequestURI())) {
			problem.setInstance(null);
		}
		Locale language = this.responder.complete(problem, status, problemRequest);
		writeHeaders(response, problemRequest, language);
	}

	/**
	 * Whether a failed controller leaves the failure unanswered, for a filter around the
	 * application to answer, such as Spring Security's {@code ExceptionTranslationFilter}.
	 * @param exception the failure
	 * @return whether the failure is answered outside the controllers
	 * @see ProblemResponder#isAnsweredOutsideControllers
	 */
	public boolean isAnsweredOutsideControllers(Throwable exception) {
		return this.responder.isAnsweredOutsideControllers(exception);
	}

	/**
	 * Answer a request that the servlet container rejected for what the client sent, before the application saw
	 * it, with the status the container chose; logged as the client's fault whatever that status.
	 * @param exception the container's exception, or {@code null}
	 * @param containerStatus the status the container chose, such as 505
	 * @param request the rejected request
	 * @param response the response; left alone if already committed
	 * @throws IOException if the body cannot be written
	 * @see ProblemResponder#respondToRejectedRequest
	 */
	public void writeRejectedRequest(@Nullable Throwable exception, int containerStatus, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		ProblemRequest problemRequest = problemRequest(request);
		Throwable failure = (exception != null) ? unwrap(exception) : null;
		send(this.responder.respondToRejectedRequest(failure, containerStatus, problemRequest), problemRequest,
				response);
	}

	private ProblemRequest problemRequest(HttpServletRequest request) {
		return new ProblemRequest(request.getMethod(), pathOf(request),
				RequestTraceId.obtain(request, this.traceIdResolver), request::getHeader,
				this.failureTimeAttributes.isEmpty() ? request::getAttribute : (name) -> attributeOf(request, name),
				request.getLocale());
	}

	private @Nullable Object attributeOf(HttpServletRequest request, String name) {
		Object value = request.getAttribute(name);
		if (value != null) {
			return value;
		}
		for (FailureTimeAttribute attribute : this.failureTimeAttributes) {
			if (attribute.name().equals(name)) {
				return attribute.valueFor(request);
			}
		}
		return null;
	}

	private void send(MappedProblem mapped, ProblemRequest problemRequest, HttpServletResponse response)
			throws IOException {
		if (response.isCommitted()) {
			// Part of another answer has reached the client; the failure is logged, nothing can be sent.
			return;
		}
		MediaType mediaType = this.bodyWriter.mediaTypeFor(problemRequest);
		byte[] body = this.bodyWriter.toBytes(mapped.problem(), mediaType);
		response.resetBuffer();
		response.setStatus(mapped.status());
		// Iterating HttpHeaders builds case-insensitive views, and most problems have no headers at all.
		if (!mapped.headers().isEmpty()) {
			mapped.headers().forEach((name, values) -> setHeader(response, name, values));
		}
		writeHeaders(response, problemRequest, mapped.language());
		response.setContentType(mediaType.toString());
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	// Contract: a problem is not stored by caches (a cached 404 would freeze its trace ID) unless the application
	// says otherwise, and says the language it was translated into.
	private void writeHeaders(HttpServletResponse response, ProblemRequest problemRequest, @Nullable Locale language) {
		String traceId = problemRequest.traceId();
		// The trace-ID filter has set it on most responses; setting a header again costs more than reading it.
		if (this.traceIdHeader != null && traceId != null && !traceId.equals(response.getHeader(this.traceIdHeader))) {
			response.setHeader(this.traceIdHeader, traceId);
		}
		if (!response.containsHeader(HttpHeaders.CACHE_CONTROL)) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
		}
		if (language != null) {
			response.setHeader(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag());
			addVary(response, HttpHeaders.ACCEPT_LANGUAGE);
		}
	}

	private static void addVary(HttpServletResponse response, String requestHeader) {
		for (String vary : response.getHeaders(HttpHeaders.VARY)) {
			for (String name : StringUtils.commaDelimitedListToStringArray(vary)) {
				if (name.trim().equalsIgnoreCase(requestHeader) || name.trim().equals("*")) {
					return;
				}
			}
		}
		response.addHeader(HttpHeaders.VARY, requestHeader);
	}

	// The container and the DispatcherServlet wrap what filters and handlers throw; the cause is the failure.
	private static Throwable unwrap(Throwable exception) {
		Throwable failure = exception;
		while (failure instanceof ServletException && failure.getCause() != null) {
			failure = failure.getCause();
		}
		return failure;
	}

	// On an error dispatch the request URI is the error page's; the failed request's path is an attribute.
	private static String pathOf(HttpServletRequest request) {
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return (original instanceof String path) ? path : request.getRequestURI();
	}

	private static void setHeader(HttpServletResponse response, String name, List<String> values) {
		if (values.isEmpty()) {
			return;
		}
		response.setHeader(name, values.get(0));
		for (int i = 1; i < values.size(); i++) {
			response.addHeader(name, values.get(i));
		}
	}

}

package io.github.problemdetails.internal.webmvc;

import java.io.IOException;
import java.util.List;

import io.github.problemdetails.internal.json.ProblemJsonWriter;
import io.github.problemdetails.internal.json.ProblemXmlWriter;
import io.github.problemdetails.internal.logging.ProblemLogger;
import io.github.problemdetails.internal.mapping.MappedProblem;
import io.github.problemdetails.internal.mapping.ProblemMapper;
import io.github.problemdetails.internal.trace.ErrorRecorder;
import io.github.problemdetails.internal.trace.RequestTraceId;
import io.github.problemdetails.internal.trace.TraceIdResolver;
import io.github.problemdetails.mapping.ProblemRequest;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Answers a failed servlet request with a problem: maps the failure with the one engine, logs
 * it once and writes status, headers and the {@code application/problem+json} body. Used by
 * every servlet entry point, inside the {@code DispatcherServlet} and outside it.
 */
public class ProblemResponseWriter {

	private static final String APPLICATION_PROBLEM_XML = "application/problem+xml";

	private final ProblemMapper mapper;

	private final ProblemJsonWriter jsonWriter;

	private final @Nullable ProblemXmlWriter xmlWriter;

	private final ProblemLogger logger;

	private final TraceIdResolver traceIdResolver;

	private final @Nullable String traceIdHeader;

	private final @Nullable ErrorRecorder errorRecorder;

	/**
	 * Create a writer that answers in JSON only.
	 * @param mapper the mapping engine
	 * @param jsonWriter serializes the problem
	 * @param logger logs the failure
	 * @param traceIdResolver resolves the trace ID when no filter has done so yet
	 * @param traceIdHeader response header for the trace ID, or {@code null} for none
	 */
	public ProblemResponseWriter(ProblemMapper mapper, ProblemJsonWriter jsonWriter, ProblemLogger logger,
			TraceIdResolver traceIdResolver, @Nullable String traceIdHeader) {
		this(mapper, jsonWriter, null, logger, traceIdResolver, traceIdHeader);
	}

	/**
	 * Create a writer.
	 * @param mapper the mapping engine
	 * @param jsonWriter serializes the problem as JSON
	 * @param xmlWriter serializes the problem as XML for clients that prefer it, or
	 * {@code null} to answer in JSON only
	 * @param logger logs the failure
	 * @param traceIdResolver resolves the trace ID when no filter has done so yet
	 * @param traceIdHeader response header for the trace ID, or {@code null} for none
	 */
	public ProblemResponseWriter(ProblemMapper mapper, ProblemJsonWriter jsonWriter,
			@Nullable ProblemXmlWriter xmlWriter, ProblemLogger logger, TraceIdResolver traceIdResolver,
			@Nullable String traceIdHeader) {
		this(mapper, jsonWriter, xmlWriter, logger, traceIdResolver, traceIdHeader, null);
	}

	/**
	 * Create a writer that also records each failure on the request's observation.
	 * @param mapper the mapping engine
	 * @param jsonWriter serializes the problem as JSON
	 * @param xmlWriter serializes the problem as XML for clients that prefer it, or
	 * {@code null} to answer in JSON only
	 * @param logger logs the failure
	 * @param traceIdResolver resolves the trace ID when no filter has done so yet
	 * @param traceIdHeader response header for the trace ID, or {@code null} for none
	 * @param errorRecorder records the failure for tracing, or {@code null} for none
	 */
	public ProblemResponseWriter(ProblemMapper mapper, ProblemJsonWriter jsonWriter,
			@Nullable ProblemXmlWriter xmlWriter, ProblemLogger logger, TraceIdResolver traceIdResolver,
			@Nullable String traceIdHeader, @Nullable ErrorRecorder errorRecorder) {
		this.mapper = mapper;
		this.jsonWriter = jsonWriter;
		this.xmlWriter = xmlWriter;
		this.logger = logger;
		this.traceIdResolver = traceIdResolver;
		this.traceIdHeader = (traceIdHeader != null && !traceIdHeader.isBlank()) ? traceIdHeader : null;
		this.errorRecorder = errorRecorder;
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
		Throwable failure = unwrap(exception);
		if (isClientGone(failure)) {
			return;
		}
		ProblemRequest problemRequest = problemRequest(request);
		send(this.mapper.map(failure, problemRequest), problemRequest, request, response);
	}

	/**
	 * Answer an error dispatch of the servlet container: with the problem for its exception
	 * when there is one, else with the problem for the status the container chose. When the
	 * engine knows nothing better than 500 for the exception but the container chose a client
	 * error (for example for a request it rejected), the container's status is kept.
	 * @param exception the exception of the failed request, or {@code null}
	 * @param containerStatus the status the container chose
	 * @param request the error dispatch
	 * @param response the response; left alone if already committed
	 * @throws IOException if the body cannot be written
	 */
	public void writeDispatchedError(@Nullable Throwable exception, int containerStatus, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		ProblemRequest problemRequest = problemRequest(request);
		if (exception == null) {
			send(this.mapper.mapStatus(containerStatus, problemRequest), problemRequest, request, response);
			return;
		}
		Throwable failure = unwrap(exception);
		MappedProblem mapped = this.mapper.map(failure, problemRequest);
		if (mapped.status() == 500 && containerStatus >= 400 && containerStatus < 500) {
			MappedProblem byStatus = this.mapper.mapStatus(containerStatus, problemRequest);
			mapped = new MappedProblem(byStatus.problem(), byStatus.headers(), byStatus.logLevel(), failure);
		}
		send(mapped, problemRequest, request, response);
	}

	private ProblemRequest problemRequest(HttpServletRequest request) {
		return new ProblemRequest(pathOf(request), RequestTraceId.obtain(request, this.traceIdResolver),
				request::getHeader, request.getLocale());
	}

	private void send(MappedProblem mapped, ProblemRequest problemRequest, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		this.logger.log(mapped, request.getMethod(), pathOf(request), problemRequest.traceId());
		if (this.errorRecorder != null) {
			this.errorRecorder.record(request, mapped.status(), mapped.exception());
		}
		if (response.isCommitted()) {
			// Part of another answer has reached the client; the failure is logged, nothing can be sent.
			return;
		}
		boolean xml = this.xmlWriter != null && prefersXml(request.getHeader(HttpHeaders.ACCEPT));
		byte[] body = xml ? this.xmlWriter.toBytes(mapped.problem()) : this.jsonWriter.toBytes(mapped.problem());
		response.resetBuffer();
		response.setStatus(mapped.status());
		// Iterating HttpHeaders builds case-insensitive views, and most problems have no headers at all.
		if (!mapped.headers().isEmpty()) {
			mapped.headers().forEach((name, values) -> setHeader(response, name, values));
		}
		if (this.traceIdHeader != null && problemRequest.traceId() != null) {
			response.setHeader(this.traceIdHeader, problemRequest.traceId());
		}
		// Contract: a client that accepts neither representation still gets JSON with the error's status, never a 406.
		response.setContentType(xml ? APPLICATION_PROBLEM_XML : MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	// XML only when the client ranks an XML type above every JSON type (or lists it first at equal rank).
	private static boolean prefersXml(@Nullable String accept) {
		if (accept == null || !accept.contains("xml")) {
			return false;
		}
		double xml = 0;
		double json = 0;
		boolean xmlFirst = false;
		try {
			for (MediaType type : MediaType.parseMediaTypes(accept)) {
				double quality = type.getQualityValue();
				if (type.getSubtype().endsWith("xml")) {
					xmlFirst = xmlFirst || json == 0;
					xml = Math.max(xml, quality);
				}
				else if (type.isWildcardType() || type.getSubtype().endsWith("json") || type.isWildcardSubtype()) {
					json = Math.max(json, quality);
				}
			}
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
		return xml > 0 && (xml > json || (xml == json && xmlFirst));
	}

	// The container and the DispatcherServlet wrap what filters and handlers throw; map the cause.
	private static Throwable unwrap(Throwable exception) {
		Throwable failure = exception;
		while (failure instanceof ServletException && failure.getCause() != null) {
			failure = failure.getCause();
		}
		return failure;
	}

	// Nobody is left to answer, and it is no failure of the service.
	private static boolean isClientGone(Throwable exception) {
		return exception instanceof AsyncRequestNotUsableException || (exception instanceof IOException
				&& DisconnectedClientHelper.isClientDisconnectedException(exception));
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

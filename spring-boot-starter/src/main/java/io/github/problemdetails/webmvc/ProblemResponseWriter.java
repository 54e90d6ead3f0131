package io.github.problemdetails.webmvc;

import java.io.IOException;
import java.util.List;

import io.github.problemdetails.json.ProblemJsonWriter;
import io.github.problemdetails.logging.ProblemLogger;
import io.github.problemdetails.mapping.MappedProblem;
import io.github.problemdetails.mapping.ProblemMapper;
import io.github.problemdetails.mapping.ProblemMembers;
import io.github.problemdetails.mapping.ProblemRequest;
import io.github.problemdetails.trace.RequestTraceId;
import io.github.problemdetails.trace.TraceIdResolver;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Answers a failed servlet request with a problem: maps the failure with the one engine, logs
 * it once and writes status, headers and the {@code application/problem+json} body. Used by
 * every servlet entry point, inside the {@code DispatcherServlet} and outside it.
 */
public class ProblemResponseWriter {

	private final ProblemMapper mapper;

	private final ProblemJsonWriter jsonWriter;

	private final ProblemLogger logger;

	private final TraceIdResolver traceIdResolver;

	private final @Nullable String traceIdHeader;

	/**
	 * Create a writer.
	 * @param mapper the mapping engine
	 * @param jsonWriter serializes the problem
	 * @param logger logs the failure
	 * @param traceIdResolver resolves the trace ID when no filter has done so yet
	 * @param traceIdHeader response header for the trace ID, or {@code null} for none
	 */
	public ProblemResponseWriter(ProblemMapper mapper, ProblemJsonWriter jsonWriter, ProblemLogger logger,
			TraceIdResolver traceIdResolver, @Nullable String traceIdHeader) {
		this.mapper = mapper;
		this.jsonWriter = jsonWriter;
		this.logger = logger;
		this.traceIdResolver = traceIdResolver;
		this.traceIdHeader = (traceIdHeader != null && !traceIdHeader.isBlank()) ? traceIdHeader : null;
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
		send(this.mapper.map(failure, problemRequest(request)), request, response);
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
			send(this.mapper.mapStatus(containerStatus, problemRequest), request, response);
			return;
		}
		Throwable failure = unwrap(exception);
		MappedProblem mapped = this.mapper.map(failure, problemRequest);
		if (mapped.status() == 500 && containerStatus >= 400 && containerStatus < 500) {
			MappedProblem byStatus = this.mapper.mapStatus(containerStatus, problemRequest);
			mapped = new MappedProblem(byStatus.problem(), byStatus.headers(), byStatus.logLevel(), failure);
		}
		send(mapped, request, response);
	}

	private ProblemRequest problemRequest(HttpServletRequest request) {
		return new ProblemRequest(pathOf(request), RequestTraceId.obtain(request, this.traceIdResolver),
				request::getHeader);
	}

	private void send(MappedProblem mapped, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		this.logger.log(mapped, request.getMethod(), pathOf(request));
		if (response.isCommitted()) {
			// Part of another answer has reached the client; the failure is logged, nothing can be sent.
			return;
		}
		byte[] body = this.jsonWriter.toBytes(mapped.problem());
		response.resetBuffer();
		response.setStatus(mapped.status());
		mapped.headers().forEach((name, values) -> setHeader(response, name, values));
		Object traceId = mapped.problem().extensions().get(ProblemMembers.TRACE_ID);
		if (this.traceIdHeader != null && traceId != null) {
			response.setHeader(this.traceIdHeader, traceId.toString());
		}
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
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

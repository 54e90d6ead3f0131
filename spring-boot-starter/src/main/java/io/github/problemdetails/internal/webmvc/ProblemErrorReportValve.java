package io.github.problemdetails.internal.webmvc;

import java.io.IOException;

import io.github.problemdetails.core.ProblemStatus;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers what Tomcat rejects before the application sees it (a header that is too large, a
 * malformed request line or target) with a problem instead of Tomcat's HTML report. Errors
 * that reach the application never get here: the error page has already answered them.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	private static final Logger logger = LoggerFactory.getLogger(ProblemErrorReportValve.class);

	private static final int NOT_IMPLEMENTED = 501;

	private static final int HTTP_VERSION_NOT_SUPPORTED = 505;

	private final ProblemResponseWriter writer;

	/**
	 * Create the valve.
	 * @param writer answers the request
	 */
	public ProblemErrorReportValve(ProblemResponseWriter writer) {
		this.writer = writer;
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, @Nullable Throwable throwable) {
		int status = response.getStatus();
		// Tomcat lets one valve report an error; a body already written means someone answered.
		if (status < ProblemStatus.MIN_ERROR || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		try {
			if (isClientFault(status)) {
				this.writer.writeRejectedRequest(throwable, status, request.getRequest(), response.getResponse());
			}
			else {
				this.writer.writeDispatchedError(throwable, status, request.getRequest(), response.getResponse());
			}
		}
		catch (IOException | RuntimeException ex) {
			logger.debug("Could not answer a request that Tomcat rejected", ex);
		}
	}

	// Tomcat refuses an HTTP version (505) or a transfer coding (501) that the client sent and it does not
	// support: the statuses RFC 9110 asks for, and the client's fault, unlike a 503 while Tomcat pauses or a 500
	// of its own.
	private static boolean isClientFault(int status) {
		return status == HTTP_VERSION_NOT_SUPPORTED || status == NOT_IMPLEMENTED;
	}

}

package io.github.problemdetails.internal.webmvc;

import java.io.IOException;
import java.io.PrintWriter;

import io.github.problemdetails.core.ProblemStatus;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A response that notes whether anything started a body or sent an error, so that an error
 * status left without a body can be given the contract's body once the application is done.
 * A flush of such a response is held back, since it would commit the response without a body
 * (Spring MVC flushes a {@code ResponseEntity} without a body, for example). Every other call
 * goes straight to the response: this wrapper sits on every request.
 */
final class BodyTrackingResponse extends HttpServletResponseWrapper {

	private boolean bodyStarted;

	private boolean errorSent;

	private boolean flushHeld;

	BodyTrackingResponse(HttpServletResponse response) {
		super(response);
	}

	@Override
	public ServletOutputStream getOutputStream() throws IOException {
		this.bodyStarted = true;
		return super.getOutputStream();
	}

	@Override
	public PrintWriter getWriter() throws IOException {
		this.bodyStarted = true;
		return super.getWriter();
	}

	// The error page answers these.
	@Override
	public void sendError(int status) throws IOException {
		this.errorSent = true;
		super.sendError(status);
	}

	@Override
	public void sendError(int status, String message) throws IOException {
		this.errorSent = true;
		super.sendError(status, message);
	}

	@Override
	public void flushBuffer() throws IOException {
		if (!this.bodyStarted && ProblemStatus.isError(getStatus())) {
			this.flushHeld = true;
			return;
		}
		super.flushBuffer();
	}

	/**
	 * Whether the response has an error status and no body, no content type, no error sent and
	 * nothing committed: one that the contract's body may complete.
	 * @return whether the response needs the contract's body
	 */
	boolean needsProblemBody() {
		return !this.bodyStarted && !this.errorSent && ProblemStatus.isError(getStatus()) && getContentType() == null
				&& !isCommitted();
	}

	/**
	 * Flush what was held back, when the response was left as it is.
	 * @throws IOException if the flush fails
	 */
	void flushHeldBack() throws IOException {
		if (this.flushHeld) {
			super.flushBuffer();
		}
	}

}

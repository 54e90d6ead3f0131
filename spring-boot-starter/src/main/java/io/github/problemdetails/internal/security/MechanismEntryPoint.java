package io.github.problemdetails.internal.security;

import java.io.IOException;

import io.github.problemdetails.internal.web.AcceptHeader;
import io.github.problemdetails.internal.webmvc.ProblemResponseWriter;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * The entry point of a chain's mechanism (HTTP Basic's), kept as it is, with its error answered
 * at once: the mechanism sets its challenge and calls {@code sendError}, and instead of the
 * servlet container's error dispatch, which runs the whole filter chain and the error endpoint a
 * second time, the problem that the error endpoint would send for that status is written here,
 * with the mechanism's headers. Only where the error endpoint is the starter's and no error page
 * of the application could answer instead; a client that prefers HTML still goes through the
 * error dispatch, where the application's error views answer it.
 */
final class MechanismEntryPoint implements AuthenticationEntryPoint {

	private final AuthenticationEntryPoint mechanism;

	private final ProblemResponseWriter writer;

	MechanismEntryPoint(AuthenticationEntryPoint mechanism, ProblemResponseWriter writer) {
		this.mechanism = mechanism;
		this.writer = writer;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException, ServletException {
		if (AcceptHeader.prefersOverJson(request.getHeader(HttpHeaders.ACCEPT), AcceptHeader.Alternative.HTML)) {
			this.mechanism.commence(request, response, authException);
			return;
		}
		ErrorHoldingResponse held = new ErrorHoldingResponse(response);
		this.mechanism.commence(request, held, authException);
		if (held.errorStatus != 0) {
			this.writer.writeDispatchedError(null, held.errorStatus, request, response);
		}
	}

	/**
	 * A response that holds back an error the mechanism sends, for the problem to answer it.
	 */
	private static final class ErrorHoldingResponse extends HttpServletResponseWrapper {

		private int errorStatus;

		ErrorHoldingResponse(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void sendError(int status) {
			this.errorStatus = status;
		}

		// The message is the reason phrase, which the problem's title says; the error endpoint shows no other.
		@Override
		public void sendError(int status, String message) {
			this.errorStatus = status;
		}

	}

}

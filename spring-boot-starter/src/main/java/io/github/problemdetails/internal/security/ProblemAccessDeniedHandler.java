package io.github.problemdetails.internal.security;

import java.io.IOException;

import io.github.problemdetails.internal.webmvc.ProblemResponseWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers a request that Spring Security denies to an authenticated user, or rejects for its
 * CSRF token, with a 403 problem instead of an error dispatch.
 */
public class ProblemAccessDeniedHandler implements AccessDeniedHandler {

	private final ProblemResponseWriter writer;

	/**
	 * Create a handler.
	 * @param writer answers the request
	 */
	public ProblemAccessDeniedHandler(ProblemResponseWriter writer) {
		this.writer = writer;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		this.writer.write(accessDeniedException, request, response);
	}

}

package io.github.problemdetails.internal.security;

import java.io.IOException;

import io.github.problemdetails.internal.webmvc.ProblemResponseWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers a request that needs authentication with a 401 problem and its
 * {@code WWW-Authenticate} challenge, instead of Spring Security's bare status.
 */
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private final ProblemResponseWriter writer;

	/**
	 * Create an entry point.
	 * @param writer answers the request
	 */
	public ProblemAuthenticationEntryPoint(ProblemResponseWriter writer) {
		this.writer = writer;
	}

	ProblemResponseWriter writer() {
		return this.writer;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		this.writer.write(authException, request, response);
	}

}

package io.github.problemdetails.internal.mapping;

import io.github.problemdetails.autoconfigure.ProblemDetailsProperties;
import io.github.problemdetails.internal.webmvc.ProblemResponseWriter;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.dao.DataAccessException;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.Authentication;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.HandlerMapping;

/**
 * A fixture of {@code ArchitectureTests}: an engine class that crosses each of the engine's boundaries. Never
 * used.
 */
public final class EngineCrossingItsBoundaries {

	HttpServletRequest servletRequest;

	HandlerMapping handlerMapping;

	ServerHttpRequest reactiveRequest;

	Authentication authentication;

	DataAccessException dataAccessFailure;

	RestClient restClient;

	ProblemDetailsProperties properties;

	ProblemResponseWriter servletWriter;

}

package io.github.problemdetails.internal.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.server.reactive.ServerHttpResponse;

/**
 * A fixture of {@code ArchitectureTests}: a class of the stack-neutral web edge that needs a web stack. Never
 * used.
 */
public final class WebNeedingTheServletApi {

	HttpServletResponse servletResponse;

	ServerHttpResponse reactiveResponse;

}

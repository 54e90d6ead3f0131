package io.github.problemdetails.internal.mapping;

import java.util.Locale;

import io.github.problemdetails.core.Problem;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.logging.LogLevel;
import org.springframework.http.HttpHeaders;

/**
 * The engine's answer for one failure: the problem body, the headers the status requires, and
 * how the failure is to be logged.
 *
 * @param problem the problem to send; its status is the response status
 * @param headers response headers such as {@code Allow}, {@code Accept} or {@code Retry-After}
 * @param logLevel the level that configuration gives the failure, or {@code null} for the level of
 * its status
 * @param exception the failure, or {@code null} when only a status is known (a container's
 * {@code sendError})
 * @param language the locale that the title or detail was translated into, the answer's
 * {@code Content-Language}, or {@code null} when neither was
 */
public record MappedProblem(Problem problem, HttpHeaders headers, @Nullable LogLevel logLevel,
		@Nullable Throwable exception, @Nullable Locale language) {

	/** The HTTP status of the response. */
	public int status() {
		return this.problem.status();
	}

}

package io.github.problemdetails.sample.floor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.github.problemdetails.core.exception.BadRequestException;
import io.github.problemdetails.core.exception.ConflictException;
import io.github.problemdetails.core.exception.NotFoundException;
import io.github.problemdetails.core.exception.RateLimitedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The floor's answers, one per failure of the load harness, read once from the bodies that the harness saved
 * from the starter's answers ({@code <case>.json}); any other failure is the harness's 500, logged once with its
 * stack trace.
 */
final class FloorAnswers {

	private static final Logger logger = LoggerFactory.getLogger(FloorAnswers.class);

	private static final String PROBLEM_JSON = "application/problem+json";

	// The harness's rate-limit window is an hour; the starter counts the seconds down from 3600.
	private static final String RETRY_AFTER = "3600";

	// The sample's configured challenge (problem-details.security.challenge).
	private static final String CHALLENGE = "Basic realm=\"sample\"";

	private final Map<Class<?>, Answer> byExceptionClass;

	private final Answer unauthenticated;

	private final Answer internalError;

	private FloorAnswers(Map<Class<?>, Answer> byExceptionClass, Answer unauthenticated, Answer internalError) {
		this.byExceptionClass = byExceptionClass;
		this.unauthenticated = unauthenticated;
		this.internalError = internalError;
	}

	static FloorAnswers read(Path bodies) throws IOException {
		return new FloorAnswers(Map.of(NotFoundException.class, Answer.read(bodies, "404", 404),
				MethodArgumentNotValidException.class, Answer.read(bodies, "422", 422),
				ConflictException.class, Answer.read(bodies, "409", 409),
				RateLimitedException.class, Answer.read(bodies, "429", 429, HttpHeaders.RETRY_AFTER, RETRY_AFTER),
				MethodArgumentTypeMismatchException.class, Answer.read(bodies, "400", 400),
				BadRequestException.class, Answer.read(bodies, "400_filter", 400)),
				Answer.read(bodies, "401", 401, HttpHeaders.WWW_AUTHENTICATE, CHALLENGE),
				Answer.read(bodies, "500", 500));
	}

	void answer(Throwable failure, HttpServletRequest request, HttpServletResponse response) throws IOException {
		Answer answer = this.byExceptionClass.get(failure.getClass());
		if (answer == null) {
			logger.error("{} {} answered 500", request.getMethod(), request.getRequestURI(), failure);
			answer = this.internalError;
		}
		answer.write(response);
	}

	void unauthenticated(HttpServletResponse response) throws IOException {
		this.unauthenticated.write(response);
	}

	private record Answer(int status, byte[] body, @Nullable String header, @Nullable String value) {

		static Answer read(Path bodies, String name, int status) throws IOException {
			return read(bodies, name, status, null, null);
		}

		static Answer read(Path bodies, String name, int status, @Nullable String header, @Nullable String value)
				throws IOException {
			return new Answer(status, Files.readAllBytes(bodies.resolve(name + ".json")), header, value);
		}

		void write(HttpServletResponse response) throws IOException {
			response.setStatus(this.status);
			if (this.header != null) {
				response.setHeader(this.header, this.value);
			}
			response.setContentType(PROBLEM_JSON);
			response.setContentLength(this.body.length);
			response.getOutputStream().write(this.body);
		}

	}

}

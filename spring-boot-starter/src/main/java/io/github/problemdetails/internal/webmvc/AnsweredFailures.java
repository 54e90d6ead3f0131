package io.github.problemdetails.internal.webmvc;

import io.github.problemdetails.internal.mapping.MappedProblem;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * Remembers on a request the answer the starter gave to its failure, so that the failure is logged once even when
 * the container dispatches the same request to its error page afterwards: Tomcat calls {@code sendError} itself
 * when reading a body fails (a broken chunk, a body cut short), which discards what the handler wrote and
 * dispatches the request again. That dispatch sends the remembered answer without mapping or logging it again.
 */
final class AnsweredFailures {

	private static final String ANSWER_ATTRIBUTE = AnsweredFailures.class.getName() + ".answer";

	private AnsweredFailures() {
	}

	static void remember(HttpServletRequest request, MappedProblem answer) {
		request.setAttribute(ANSWER_ATTRIBUTE, answer);
	}

	static @Nullable MappedProblem answerOf(HttpServletRequest request) {
		return (request.getAttribute(ANSWER_ATTRIBUTE) instanceof MappedProblem answer) ? answer : null;
	}

}

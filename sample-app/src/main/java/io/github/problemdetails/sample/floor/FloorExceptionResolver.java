package io.github.problemdetails.sample.floor;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers every failure of a handler before any other resolver looks at it: no advice lookup, no mapping, no
 * negotiation, one precomputed answer per exception class.
 */
class FloorExceptionResolver implements HandlerExceptionResolver, Ordered {

	private final FloorAnswers answers;

	FloorExceptionResolver(FloorAnswers answers) {
		this.answers = answers;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception exception) {
		try {
			this.answers.answer(exception, request, response);
		}
		catch (IOException ex) {
			// The client has gone away: nothing more can be sent.
		}
		return new ModelAndView();
	}

}

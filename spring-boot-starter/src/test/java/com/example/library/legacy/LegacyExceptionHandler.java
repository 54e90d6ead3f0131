package com.example.library.legacy;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The library's advice from before problem-details: Spring MVC's exceptions through
 * {@link ResponseEntityExceptionHandler}, one of them answered in its own words.
 */
@RestControllerAdvice
class LegacyExceptionHandler extends ResponseEntityExceptionHandler {

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail body = createProblemDetail(ex, status, "The request body is not the JSON the library expects.",
				null, null, request);
		body.setProperty("hint", "Send the loan as {\"isbn\": \"...\", \"memberId\": 7}.");
		return handleExceptionInternal(ex, body, headers, status, request);
	}

}

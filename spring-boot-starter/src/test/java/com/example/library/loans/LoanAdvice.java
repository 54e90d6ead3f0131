package com.example.library.loans;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The library's own answer to a loan returned twice: an advice without {@code @Order}, as most
 * applications' advice is.
 */
@RestControllerAdvice
class LoanAdvice {

	@ExceptionHandler(LoanAlreadyReturnedException.class)
	ProblemDetail loanAlreadyReturned(LoanAlreadyReturnedException exception) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Loan " + exception.getLoanId() + " has already been returned.");
		problem.setType(URI.create("https://library.example.com/problems/loan-already-returned"));
		problem.setTitle("Loan already returned");
		problem.setProperty("loanId", exception.getLoanId());
		return problem;
	}

}

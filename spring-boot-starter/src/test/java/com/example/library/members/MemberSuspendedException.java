package com.example.library.members;

import java.net.URI;
import java.time.LocalDate;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A suspended member who tries to borrow: the library's own problem, built into the exception.
 */
public class MemberSuspendedException extends ErrorResponseException {

	public MemberSuspendedException(long memberId, LocalDate suspendedUntil) {
		super(HttpStatus.FORBIDDEN, body(memberId, suspendedUntil), null);
	}

	private static ProblemDetail body(long memberId, LocalDate suspendedUntil) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				"Member " + memberId + " may borrow again on " + suspendedUntil + ".");
		body.setType(URI.create("https://library.example.com/problems/member-suspended"));
		body.setTitle("Member suspended");
		body.setProperty("suspendedUntil", suspendedUntil);
		return body;
	}

}

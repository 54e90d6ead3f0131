package com.example.library.members;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import io.github.problemdetails.trace.TraceIds;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Members, their cards, fines and photos: problems the library builds itself.
 */
@RestController
class MembersController {

	private static final long SUSPENDED_MEMBER = 7;

	@PostMapping("/members/{id}/loans")
	Map<String, Object> borrow(@PathVariable long id) {
		if (id == SUSPENDED_MEMBER) {
			throw new MemberSuspendedException(id, LocalDate.of(2031, 1, 1));
		}
		return Map.of("memberId", id, "borrowed", true);
	}

	// A controller that returns its own problem instead of throwing.
	@GetMapping("/members/{id}/card")
	ProblemDetail card(@PathVariable long id) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Member " + id + " has no library card.");
	}

	@GetMapping("/members/{id}/fines")
	ResponseEntity<ProblemDetail> fines(@PathVariable long id) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Member " + id + " has unpaid fines.");
		problem.setProperty("amountDue", "4.50");
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	// The library lets caches keep this answer for a minute: its own Cache-Control is kept.
	@GetMapping("/members/{id}/quota")
	ResponseEntity<ProblemDetail> quota(@PathVariable long id) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)))
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, "Five loans at most."));
	}

	@GetMapping("/members/{id}/photo")
	void photo(@PathVariable long id, HttpServletResponse response) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
	}

	// The library quotes the trace ID in its own receipts, so that support finds the request's logs.
	@GetMapping("/members/{id}/receipt")
	Map<String, Object> receipt(@PathVariable long id) {
		return Map.of("memberId", id, "reference", TraceIds.current());
	}

}

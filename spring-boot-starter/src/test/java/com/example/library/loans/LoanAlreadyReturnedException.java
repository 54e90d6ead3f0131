package com.example.library.loans;

/**
 * A loan that is returned a second time.
 */
public class LoanAlreadyReturnedException extends RuntimeException {

	private final long loanId;

	public LoanAlreadyReturnedException(long loanId) {
		super("Loan " + loanId + " was already returned");
		this.loanId = loanId;
	}

	public long getLoanId() {
		return this.loanId;
	}

}

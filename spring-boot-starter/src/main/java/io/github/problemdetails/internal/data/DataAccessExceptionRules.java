package io.github.problemdetails.internal.data;

import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.github.problemdetails.core.exception.ConflictException;
import io.github.problemdetails.core.exception.NotFoundException;
import io.github.problemdetails.core.exception.PreconditionFailedException;
import io.github.problemdetails.core.exception.ProblemHeaders;
import io.github.problemdetails.internal.mapping.Causes;
import io.github.problemdetails.mapping.ExceptionRule;
import io.github.problemdetails.mapping.ExceptionRuleSet;
import io.github.problemdetails.mapping.ProblemDraft;
import io.github.problemdetails.mapping.ProblemRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;

/**
 * Rules for Spring's data-access exceptions: a duplicate unique value or another integrity
 * violation is a 409, an optimistic-locking failure a 409 (or a 412 for a conditional request),
 * a transient failure or an unreachable database a 503, a missing row a 404. Any other
 * {@code DataAccessException} stays an unexpected 500.
 *
 * <p>Details are fixed sentences: the exceptions' messages carry SQL, constraint, table and
 * column names, which never reach a client.
 */
public class DataAccessExceptionRules implements ExceptionRuleSet {

	private static final String UNIQUE_VIOLATION_STATE = "23505";

	private static final String INTEGRITY_VIOLATION_STATE = "23000";

	// Drivers that report every integrity violation as 23000 tell a unique violation by error code:
	// Oracle, SAP HANA, MySQL/MariaDB, SQL Server (two codes), Informix (two codes). The same set as
	// Spring's SQLStateSQLExceptionTranslator uses for DuplicateKeyException.
	private static final Set<Integer> UNIQUE_VIOLATION_CODES = Set.of(1, 301, 1062, 2601, 2627, -239, -268);

	private static final String DUPLICATE_DETAIL = "A value that must be unique is already taken.";

	private static final String STALE_DETAIL = "The resource was changed by another request; reload it and retry.";

	private static final String PRECONDITION_DETAIL = "The resource was changed since the version the request is "
			+ "based on; reload it and retry.";

	private final HttpHeaders unavailableHeaders;

	private final int conditionalOptimisticLockStatus;

	/**
	 * Create the rules.
	 * @param retryAfter the {@code Retry-After} of 503 answers to transient failures, or
	 * {@code null} to send none
	 * @param conditionalOptimisticLockStatus the status of an optimistic-locking failure of a
	 * request with {@code If-Match} or {@code If-Unmodified-Since}: 409 or 412
	 */
	public DataAccessExceptionRules(@Nullable Duration retryAfter, int conditionalOptimisticLockStatus) {
		if (retryAfter != null && retryAfter.isNegative()) {
			throw new IllegalArgumentException("'retryAfter' must not be negative");
		}
		if (conditionalOptimisticLockStatus != 409 && conditionalOptimisticLockStatus != 412) {
			throw new IllegalArgumentException("'conditionalOptimisticLockStatus' must be 409 or 412");
		}
		this.unavailableHeaders = unavailableHeaders(retryAfter);
		this.conditionalOptimisticLockStatus = conditionalOptimisticLockStatus;
	}

	@Override
	public Map<Class<? extends Throwable>, ExceptionRule> rules() {
		Map<Class<? extends Throwable>, ExceptionRule> rules = new LinkedHashMap<>();
		rules.put(DuplicateKeyException.class, (exception, request) -> duplicate());
		rules.put(DataIntegrityViolationException.class, DataAccessExceptionRules::integrityViolation);
		rules.put(OptimisticLockingFailureException.class, optimisticLockingFailure());
		ExceptionRule unavailable = unavailable(this.unavailableHeaders);
		rules.put(TransientDataAccessException.class, unavailable);
		rules.put(DataAccessResourceFailureException.class, unavailable);
		rules.put(EmptyResultDataAccessException.class,
				(exception, request) -> ProblemDraft.of(404, NotFoundException.TYPE, null));
		return rules;
	}

	// The rules capture values only: the engine caches them per exception class.
	private ExceptionRule optimisticLockingFailure() {
		int conditionalStatus = this.conditionalOptimisticLockStatus;
		return (exception, request) -> {
			if (conditionalStatus == 412 && isConditional(request)) {
				return ProblemDraft.of(412, PreconditionFailedException.TYPE, PRECONDITION_DETAIL);
			}
			return ProblemDraft.of(409, ConflictException.TYPE, STALE_DETAIL);
		};
	}

	private static ExceptionRule unavailable(HttpHeaders headers) {
		return (exception, request) -> ProblemDraft.ofStatus(503, null, headers);
	}

	private static ProblemDraft integrityViolation(Throwable exception, ProblemRequest request) {
		return isUniqueViolation(exception) ? duplicate() : ProblemDraft.of(409, ConflictException.TYPE, null);
	}

	private static ProblemDraft duplicate() {
		return ProblemDraft.of(409, ConflictException.DUPLICATE_TYPE, DUPLICATE_DETAIL)
			.withTitle(ConflictException.DUPLICATE_TITLE);
	}

	private static boolean isUniqueViolation(Throwable exception) {
		return Causes.firstMatching(exception,
				(cause) -> cause instanceof SQLException sqlException && isUniqueViolation(sqlException)) != null;
	}

	private static boolean isUniqueViolation(SQLException exception) {
		String state = exception.getSQLState();
		return UNIQUE_VIOLATION_STATE.equals(state) || (INTEGRITY_VIOLATION_STATE.equals(state)
				&& UNIQUE_VIOLATION_CODES.contains(exception.getErrorCode()));
	}

	// RFC 9110 §13.1.1 and §13.1.4: the client sent the version it based the change on.
	private static boolean isConditional(ProblemRequest request) {
		return request.header(HttpHeaders.IF_MATCH) != null || request.header(HttpHeaders.IF_UNMODIFIED_SINCE) != null;
	}

	private static HttpHeaders unavailableHeaders(@Nullable Duration retryAfter) {
		if (retryAfter == null) {
			return HttpHeaders.EMPTY;
		}
		HttpHeaders headers = new HttpHeaders();
		headers.set(ProblemHeaders.RETRY_AFTER, ProblemHeaders.retryAfterSeconds(retryAfter));
		return HttpHeaders.readOnlyHttpHeaders(headers);
	}

}

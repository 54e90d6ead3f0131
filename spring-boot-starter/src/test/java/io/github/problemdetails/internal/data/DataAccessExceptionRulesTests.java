package io.github.problemdetails.internal.data;

import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.problemdetails.internal.mapping.MappedProblem;
import io.github.problemdetails.internal.mapping.MappingSettings;
import io.github.problemdetails.internal.mapping.ProblemMapper;
import io.github.problemdetails.mapping.ProblemRequest;
import org.junit.jupiter.api.Test;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DeadlockLoserDataAccessException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.JdbcUpdateAffectedIncorrectNumberOfRowsException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link DataAccessExceptionRules}, through the mapping engine.
 */
class DataAccessExceptionRulesTests {

	private static final MappingSettings SETTINGS = MappingSettings.builder().typeBaseUri(URI.create("https://errors.example.com/")).build();

	private static final ProblemRequest REQUEST = ProblemRequest.of("/accounts/1", null);

	@Test
	void integrityViolationWithUniqueSqlStateIsDuplicate() {
		SQLException cause = new SQLException("unique index uk_accounts_email violated", "23505");
		MappedProblem mapped = map(new DataIntegrityViolationException("INSERT INTO accounts", cause));
		assertThat(mapped.status()).isEqualTo(409);
		assertThat(mapped.problem().type()).hasToString("https://errors.example.com/duplicate");
		assertThat(mapped.problem().title()).isEqualTo("Duplicate value");
		assertThat(mapped.problem().detail()).isEqualTo("A value that must be unique is already taken.");
	}

	@Test
	void integrityViolationWithVendorUniqueCodeIsDuplicate() {
		SQLException mysql = new SQLIntegrityConstraintViolationException("Duplicate entry 'a' for key 'email'",
				"23000", 1062);
		MappedProblem mapped = map(new DataIntegrityViolationException("insert",
				new IllegalStateException("wrapped", mysql)));
		assertThat(mapped.problem().type()).hasToString("https://errors.example.com/duplicate");
	}

	@Test
	void otherIntegrityViolationIsConflict() {
		SQLException notNull = new SQLIntegrityConstraintViolationException("NULL not allowed for column EMAIL",
				"23502", 23502);
		MappedProblem mapped = map(new DataIntegrityViolationException("insert", notNull));
		assertThat(mapped.status()).isEqualTo(409);
		assertThat(mapped.problem().type()).hasToString("https://errors.example.com/conflict");
		assertThat(mapped.problem().detail()).isEqualTo("The request conflicts with the current state of the resource.");
	}

	@Test
	void vendorCodeWithoutIntegrityStateIsNoDuplicate() {
		SQLException other = new SQLException("some error", "42000", 1062);
		MappedProblem mapped = map(new DataIntegrityViolationException("insert", other));
		assertThat(mapped.problem().type()).hasToString("https://errors.example.com/conflict");
	}

	@Test
	void optimisticLockingFailureOfSubclassIsConflictWithReloadAdvice() {
		MappedProblem mapped = map(new StaleAccountException());
		assertThat(mapped.status()).isEqualTo(409);
		assertThat(mapped.problem().type()).hasToString("https://errors.example.com/conflict");
		assertThat(mapped.problem().detail()).contains("reload it and retry");
	}

	@Test
	void conditionalOptimisticLockingFailureIs412WhenConfigured() {
		ProblemMapper mapper = mapper(new DataAccessExceptionRules(null, 412));
		MappedProblem ifMatch = mapper.map(new OptimisticLockingFailureException("stale"),
				conditional(Map.of("If-Match", "\"3\"")));
		MappedProblem ifUnmodifiedSince = mapper.map(new OptimisticLockingFailureException("stale"),
				conditional(Map.of("If-Unmodified-Since", "Tue, 24 Nov 2026 08:00:00 GMT")));
		MappedProblem unconditional = mapper.map(new OptimisticLockingFailureException("stale"), REQUEST);
		assertThat(ifMatch.status()).isEqualTo(412);
		assertThat(ifMatch.problem().type()).hasToString("https://errors.example.com/precondition-failed");
		assertThat(ifMatch.problem().title()).isEqualTo("Precondition failed");
		assertThat(ifUnmodifiedSince.status()).isEqualTo(412);
		assertThat(unconditional.status()).isEqualTo(409);
	}

	@Test
	void conditionalOptimisticLockingFailureIs409ByDefault() {
		MappedProblem mapped = map(new OptimisticLockingFailureException("stale"),
				conditional(Map.of("If-Match", "\"3\"")));
		assertThat(mapped.status()).isEqualTo(409);
	}

	@Test
	void transientFailuresAre503WithoutRetryAfterByDefault() {
		List<RuntimeException> failures = List.of(new QueryTimeoutException("timeout"),
				new CannotAcquireLockException("lock"), new DeadlockLoserDataAccessException("deadlock", null),
				new CannotGetJdbcConnectionException("no connection"));
		assertThat(failures).allSatisfy((failure) -> {
			MappedProblem mapped = map(failure);
			assertThat(mapped.status()).isEqualTo(503);
			assertThat(mapped.problem().type()).hasToString("https://errors.example.com/service-unavailable");
			assertThat(mapped.headers().containsHeader("Retry-After")).isFalse();
		});
	}

	@Test
	void transientFailureSendsRetryAfterRoundedUp() {
		MappedProblem mapped = mapper(new DataAccessExceptionRules(Duration.ofMillis(1500), 409))
			.map(new QueryTimeoutException("timeout"), REQUEST);
		assertThat(mapped.headers().getFirst("Retry-After")).isEqualTo("2");
	}

	@Test
	void otherDataAccessFailureStaysUnexpected() {
		assertThat(map(new InvalidDataAccessApiUsageException("bad call")).status()).isEqualTo(500);
		assertThat(map(new JdbcUpdateAffectedIncorrectNumberOfRowsException("UPDATE accounts", 1, 2)).status())
			.isEqualTo(500);
	}

	@Test
	void rejectsInvalidSettings() {
		assertThatIllegalArgumentException().isThrownBy(() -> new DataAccessExceptionRules(Duration.ofSeconds(-1), 409))
			.withMessage("'retryAfter' must not be negative");
		assertThatIllegalArgumentException().isThrownBy(() -> new DataAccessExceptionRules(null, 428))
			.withMessage("'conditionalOptimisticLockStatus' must be 409 or 412");
	}

	private static MappedProblem map(Throwable exception) {
		return map(exception, REQUEST);
	}

	private static MappedProblem map(Throwable exception, ProblemRequest request) {
		return mapper(new DataAccessExceptionRules(null, 409)).map(exception, request);
	}

	private static ProblemMapper mapper(DataAccessExceptionRules rules) {
		return new ProblemMapper(SETTINGS, List.of(rules));
	}

	private static ProblemRequest conditional(Map<String, String> headers) {
		return new ProblemRequest("/accounts/1", null, headers::get);
	}

	// What a repository throws for a stale entity, as Spring Data's own subclasses do.
	static class StaleAccountException extends OptimisticLockingFailureException {

		StaleAccountException() {
			super("Account 1 has version 4, not 3");
		}

	}

}

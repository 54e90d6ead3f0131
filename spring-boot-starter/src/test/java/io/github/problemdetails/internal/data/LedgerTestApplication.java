package io.github.problemdetails.internal.data;

import java.sql.Connection;
import java.sql.Statement;

import javax.sql.DataSource;

import io.github.problemdetails.testsupport.TestApplicationWithoutSecurity;

import org.springframework.context.annotation.Import;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A small ledger on an embedded H2 database whose endpoints fail the way real data access
 * fails: a unique IBAN, a NOT NULL holder, a version column for optimistic locking.
 */
@TestApplicationWithoutSecurity
@Import(LedgerTestApplication.LedgerController.class)
class LedgerTestApplication {

	// Names the leak checks look for: none of them may reach a response body.
	static final String TABLE = "ledger_accounts";

	static final String UNIQUE_CONSTRAINT = "uk_ledger_iban";

	static final String[] SCHEMA_NAMES = { TABLE, UNIQUE_CONSTRAINT, "iban", "holder", "row_version" };

	static void createSchema(JdbcTemplate jdbc) {
		jdbc.execute("DROP TABLE IF EXISTS " + TABLE);
		jdbc.execute("CREATE TABLE " + TABLE + " (id BIGINT AUTO_INCREMENT PRIMARY KEY, "
				+ "iban VARCHAR(34) NOT NULL CONSTRAINT " + UNIQUE_CONSTRAINT + " UNIQUE, "
				+ "holder VARCHAR(100) NOT NULL, row_version INT NOT NULL)");
		jdbc.update("INSERT INTO " + TABLE + " (id, iban, holder, row_version) VALUES (1, 'DE00LEDGER1', 'Ada', 3)");
	}

	record Account(String iban, String holder) {
	}

	record HolderChange(String holder, int version) {
	}

	@RestController
	static class LedgerController {

		private final JdbcTemplate jdbc;

		private final DataSource dataSource;

		LedgerController(JdbcTemplate jdbc, DataSource dataSource) {
			this.jdbc = jdbc;
			this.dataSource = dataSource;
		}

		@PostMapping("/accounts")
		int open(@RequestBody Account account) {
			return this.jdbc.update("INSERT INTO " + TABLE + " (iban, holder, row_version) VALUES (?, ?, 0)",
					account.iban(), account.holder());
		}

		@GetMapping("/accounts/{id}")
		String holder(@PathVariable long id) {
			return this.jdbc.queryForObject("SELECT holder FROM " + TABLE + " WHERE id = ?", String.class, id);
		}

		@PutMapping("/accounts/{id}")
		void changeHolder(@PathVariable long id, @RequestBody HolderChange change) {
			int updated = this.jdbc.update(
					"UPDATE " + TABLE + " SET holder = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?",
					change.holder(), id, change.version());
			if (updated == 0) {
				// How a repository reports a stale version, such as Spring Data JDBC's own.
				throw new OptimisticLockingFailureException(
						"Row " + id + " of " + TABLE + " has no row_version " + change.version());
			}
		}

		// A real lock wait: another connection holds the row, this update gives up after 100 ms
		// (H2 reports it as a query timeout).
		@PutMapping("/accounts/{id}/locked")
		void changeLockedAccount(@PathVariable long id) throws Exception {
			try (Connection holder = this.dataSource.getConnection()) {
				holder.setAutoCommit(false);
				try (Statement statement = holder.createStatement()) {
					statement.executeUpdate("UPDATE " + TABLE + " SET holder = 'Lock' WHERE id = " + id);
					this.jdbc.execute((Connection connection) -> {
						try (Statement waiting = connection.createStatement()) {
							waiting.execute("SET LOCK_TIMEOUT 100");
							return waiting.executeUpdate("UPDATE " + TABLE + " SET holder = 'Wait' WHERE id = " + id);
						}
					});
				}
				finally {
					holder.rollback();
				}
			}
		}

		@PostMapping("/accounts/{id}/close")
		void close(@PathVariable long id) {
			throw new CannotAcquireLockException("SELECT FOR UPDATE on row " + id + " of " + TABLE + " failed");
		}

		@GetMapping("/accounts/audit")
		void audit() {
			this.jdbc.queryForList("SELECT holder FROM ledger_audit WHERE iban = 'DE00LEDGER1'");
		}

	}

}

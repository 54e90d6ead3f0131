package io.github.problemdetails.sample.reports;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Daily report endpoint with a deliberate bug: it fails with an exception whose message holds internals (a JDBC
 * URL, a host, a user name). The starter must answer a generic 500 that shows none of it.
 */
@RestController
class DailyReportController {

	@GetMapping("/reports/daily")
	Map<String, Object> daily() {
		return Map.of("date", LocalDate.now(), "rows", loadRows());
	}

	private static int loadRows() {
		throw new IllegalStateException(
				"connection to jdbc:postgresql://db.internal:5432/reports failed for user admin");
	}

}

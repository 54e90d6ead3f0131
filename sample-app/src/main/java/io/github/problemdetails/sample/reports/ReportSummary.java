package io.github.problemdetails.sample.reports;

/**
 * Body of {@code GET /reports/summary}.
 *
 * @param tenant the tenant of the request, or {@code null} when it names none
 * @param orders the number of orders counted
 */
public record ReportSummary(String tenant, long orders) {

}

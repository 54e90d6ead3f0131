package io.github.problemdetails.sample.status;

/**
 * Body of {@code GET /ok}: a success with the size and members of a small problem body, so that a load test can
 * compare the cost of a failure with the cost of a success.
 *
 * @param service the application name
 * @param title the short summary of the status
 * @param status the HTTP status
 * @param detail the human-readable explanation
 * @param instance the request path
 * @param traceId the trace ID of the request, or {@code null} when the problem-details starter is disabled
 */
public record ServiceStatus(String service, String title, int status, String detail, String instance,
		String traceId) {

}

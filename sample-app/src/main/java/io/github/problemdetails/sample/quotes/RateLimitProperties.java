package io.github.problemdetails.sample.quotes;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Rate limit of {@code GET /quotes}, under the {@code sample.rate-limit} prefix.
 */
@ConfigurationProperties("sample.rate-limit")
public class RateLimitProperties {

	/**
	 * Number of requests one client address may make per window.
	 */
	private int requestsPerWindow = 5;

	/**
	 * Length of a window; the count of every client starts again when its window ends.
	 */
	private Duration window = Duration.ofMinutes(1);

	public int getRequestsPerWindow() {
		return this.requestsPerWindow;
	}

	public void setRequestsPerWindow(int requestsPerWindow) {
		this.requestsPerWindow = requestsPerWindow;
	}

	public Duration getWindow() {
		return this.window;
	}

	public void setWindow(Duration window) {
		this.window = window;
	}

}

package io.github.problemdetails.sample.quotes;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.problemdetails.core.exception.RateLimitedException;

import org.springframework.stereotype.Component;

/**
 * Thread-safe fixed-window rate limiter: each client may make a number of requests per window, the window of a
 * client starting with its first request.
 */
@Component
public class FixedWindowRateLimiter {

	// Bounds the memory taken by clients that stopped calling; past it, ended windows are dropped.
	private static final int MAX_TRACKED_CLIENTS = 10_000;

	private final int requestsPerWindow;

	private final long windowNanos;

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	FixedWindowRateLimiter(RateLimitProperties properties) {
		if (properties.getRequestsPerWindow() < 1) {
			throw new IllegalArgumentException("'sample.rate-limit.requests-per-window' must be at least 1");
		}
		if (properties.getWindow().compareTo(Duration.ofSeconds(1)) < 0) {
			throw new IllegalArgumentException("'sample.rate-limit.window' must be at least 1s");
		}
		this.requestsPerWindow = properties.getRequestsPerWindow();
		this.windowNanos = properties.getWindow().toNanos();
	}

	/**
	 * Count a request of a client, refusing it when the client has used up its current window.
	 * @param client the client key, such as its address
	 * @throws RateLimitedException when the limit is reached, with the time until the window ends
	 */
	public void acquire(String client) {
		long now = System.nanoTime();
		if (this.windows.size() > MAX_TRACKED_CLIENTS) {
			this.windows.values().removeIf((window) -> window.hasEnded(now, this.windowNanos));
		}
		// compute runs atomically per key, so concurrent requests of one client are counted exactly.
		Window window = this.windows.compute(client, (key, current) -> (current == null
				|| current.hasEnded(now, this.windowNanos)) ? new Window(now, 1) : current.counted());
		if (window.requests() > this.requestsPerWindow) {
			throw new RateLimitedException(retryAfter(window.remainingNanos(now, this.windowNanos)));
		}
	}

	// Retry-After carries whole seconds (RFC 9110 section 10.2.3): round up, since a client that came back
	// after the rounded-down time would still be refused.
	private static Duration retryAfter(long remainingNanos) {
		long seconds = Math.max(1, (remainingNanos + 999_999_999L) / 1_000_000_000L);
		return Duration.ofSeconds(seconds);
	}

	private record Window(long startNanos, int requests) {

		Window counted() {
			// Saturate: a client hammering for a long window must not wrap the count around.
			return new Window(this.startNanos, (this.requests == Integer.MAX_VALUE) ? this.requests
					: this.requests + 1);
		}

		boolean hasEnded(long now, long windowNanos) {
			return now - this.startNanos >= windowNanos;
		}

		long remainingNanos(long now, long windowNanos) {
			return windowNanos - (now - this.startNanos);
		}

	}

}

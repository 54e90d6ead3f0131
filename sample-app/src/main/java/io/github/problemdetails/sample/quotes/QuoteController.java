package io.github.problemdetails.sample.quotes;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rate-limited HTTP API of quotations: past the limit, the starter answers 429 with {@code Retry-After}.
 */
@RestController
class QuoteController {

	private static final List<Quote> QUOTES = List.of(
			new Quote("Be conservative in what you send, be liberal in what you accept.", "Jon Postel"),
			new Quote("Errors should never pass silently.", "Tim Peters"),
			new Quote("Simplicity is prerequisite for reliability.", "Edsger W. Dijkstra"));

	private final FixedWindowRateLimiter rateLimiter;

	QuoteController(FixedWindowRateLimiter rateLimiter) {
		this.rateLimiter = rateLimiter;
	}

	@GetMapping("/quotes")
	Quote quote(HttpServletRequest request) {
		this.rateLimiter.acquire(request.getRemoteAddr());
		return QUOTES.get(ThreadLocalRandom.current().nextInt(QUOTES.size()));
	}

}

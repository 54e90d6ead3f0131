package io.github.problemdetails.internal.logging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.jspecify.annotations.Nullable;

/**
 * Recognises a failure whose stack trace was logged a moment ago: the same exception classes
 * thrown at the same places, within a window of time. A burst of identical server errors (a
 * database down, a bad deploy) then logs one stack trace and a line per repeat that refers to
 * it, instead of thousands of identical stack traces a second when the service can least
 * afford them.
 *
 * <p>Failures are told apart by class names and stack frames only, so no class of a reloaded
 * class loader is kept alive, and the number of failures remembered is bounded.
 */
public final class RepeatedFailures {

	// Distinct failures remembered at once; past that a failure is logged in full, as without this.
	static final int MAX_REMEMBERED = 1024;

	// Causes followed to tell failures apart; deeper causes rarely differ where these do not.
	private static final int MAX_CAUSES = 8;

	private final long windowNanos;

	private final LongSupplier nanoTime;

	private final Map<List<Object>, FirstLogged> remembered = new ConcurrentHashMap<>();

	/**
	 * Create a tracker.
	 * @param window how long after a failure's stack trace is logged the same failure counts as a
	 * repeat; zero never counts one
	 */
	public RepeatedFailures(Duration window) {
		this(window, System::nanoTime);
	}

	RepeatedFailures(Duration window, LongSupplier nanoTime) {
		if (window.isNegative()) {
			throw new IllegalArgumentException("'window' must not be negative");
		}
		this.windowNanos = window.toNanos();
		this.nanoTime = nanoTime;
	}

	/**
	 * Return the earlier logging of the same failure when this one repeats it within the
	 * window; otherwise remember this one as logged in full.
	 * @param exception the failure about to be logged with its stack trace
	 * @param traceId the trace ID of its request, or {@code null}
	 * @return the failure's first logging in the window, with the repeats counted so far
	 * including this one, or {@code null} when its stack trace is to be logged
	 */
	public @Nullable Repeat repeatOf(Throwable exception, @Nullable String traceId) {
		if (this.windowNanos == 0) {
			return null;
		}
		List<Object> failure = fingerprint(exception);
		long now = this.nanoTime.getAsLong();
		FirstLogged first = this.remembered.get(failure);
		if (first != null && now - first.loggedAt() < this.windowNanos) {
			return new Repeat(first.traceId(), first.repeats().incrementAndGet());
		}
		if (first != null || this.remembered.size() < MAX_REMEMBERED || forgetExpired(now)) {
			this.remembered.put(failure, new FirstLogged(now, traceId, new AtomicLong()));
		}
		return null;
	}

	private boolean forgetExpired(long now) {
		this.remembered.values().removeIf((first) -> now - first.loggedAt() >= this.windowNanos);
		return this.remembered.size() < MAX_REMEMBERED;
	}

	// Each exception of the chain by class name and the frame that threw it.
	private static List<Object> fingerprint(Throwable exception) {
		List<Object> fingerprint = new ArrayList<>();
		Throwable current = exception;
		for (int depth = 0; current != null && depth <= MAX_CAUSES; depth++) {
			fingerprint.add(current.getClass().getName());
			StackTraceElement[] frames = current.getStackTrace();
			fingerprint.add((frames.length > 0) ? frames[0] : "");
			current = (current.getCause() != current) ? current.getCause() : null;
		}
		return fingerprint;
	}

	/**
	 * A failure logged again within the window of its first logging.
	 *
	 * @param firstTraceId the trace ID of the request whose log shows the stack trace, or
	 * {@code null}
	 * @param count the repeats since then, this one included
	 */
	public record Repeat(@Nullable String firstTraceId, long count) {
	}

	private record FirstLogged(long loggedAt, @Nullable String traceId, AtomicLong repeats) {
	}

}

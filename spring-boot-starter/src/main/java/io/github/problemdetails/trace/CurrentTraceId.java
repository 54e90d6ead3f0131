package io.github.problemdetails.trace;

import org.jspecify.annotations.Nullable;

/**
 * The trace ID of the span that is current on this thread, as a tracing library knows it; consulted by
 * {@link TraceIdResolver} before any request header, so that problems show the ID that logs and the tracing
 * backend show.
 */
@FunctionalInterface
public interface CurrentTraceId {

	/**
	 * Return the current span's trace ID.
	 * @return the trace ID, or {@code null} when no span is current
	 */
	@Nullable String get();

}

package io.github.problemdetails.internal.trace;

import io.github.problemdetails.trace.CurrentTraceId;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.jspecify.annotations.Nullable;

/**
 * The trace ID of Micrometer Tracing's current span (Brave or OpenTelemetry bridge): the ID that Spring Boot's
 * log correlation writes next to every log line of the request.
 */
public class MicrometerCurrentTraceId implements CurrentTraceId {

	private final Tracer tracer;

	/**
	 * Create a source of the current trace ID.
	 * @param tracer the application's tracer
	 */
	public MicrometerCurrentTraceId(Tracer tracer) {
		this.tracer = tracer;
	}

	@Override
	public @Nullable String get() {
		Span span = this.tracer.currentSpan();
		if (span == null || span.isNoop()) {
			return null;
		}
		String traceId = span.context().traceId();
		return (traceId != null && !traceId.isEmpty()) ? traceId : null;
	}

}

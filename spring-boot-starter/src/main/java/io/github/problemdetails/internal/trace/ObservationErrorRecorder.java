package io.github.problemdetails.internal.trace;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * Records an answered failure on the observation of Spring's {@link ServerHttpObservationFilter}, so that
 * Micrometer Tracing marks the request's span as failed (OpenTelemetry status {@code ERROR} and an exception
 * event) and the {@code http.server.requests} metrics get their {@code exception} tag. Each request is recorded
 * once: an error already on the observation is kept. Server errors are recorded; client errors only when
 * configured, since OpenTelemetry's HTTP conventions leave a server span's status unset for them.
 */
public class ObservationErrorRecorder implements ErrorRecorder {

	private final ObservationRegistry registry;

	private final boolean recordClientErrors;

	/**
	 * Create a recorder.
	 * @param registry the registry whose current observation is the request's
	 * @param recordClientErrors whether 4xx failures are recorded too
	 */
	public ObservationErrorRecorder(ObservationRegistry registry, boolean recordClientErrors) {
		this.registry = registry;
		this.recordClientErrors = recordClientErrors;
	}

	@Override
	public void record(HttpServletRequest request, int status, @Nullable Throwable failure) {
		if (failure == null || (status < 500 && !this.recordClientErrors)) {
			return;
		}
		ServerRequestObservationContext context = ServerHttpObservationFilter.findObservationContext(request)
			.orElse(null);
		if (context == null || context.getError() != null) {
			return;
		}
		Observation current = this.registry.getCurrentObservation();
		if (current != null && current.getContext() == context) {
			// Through the observation, so that its handlers (the tracing one among them) hear of the error now.
			current.error(failure);
		}
		else {
			// The filter's observation is not current here: it still reports the error when it stops.
			context.setError(failure);
		}
	}

}

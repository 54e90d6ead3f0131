package io.github.problemdetails.internal.trace;

import io.github.problemdetails.core.ProblemStatus;
import io.github.problemdetails.mapping.ProblemRequest;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

/**
 * Records an answered failure on the observation that the web stack started for the request (Spring's
 * {@code ServerHttpObservationFilter} for servlets), so that Micrometer Tracing marks the request's span as
 * failed (OpenTelemetry status {@code ERROR} and an exception event) and the {@code http.server.requests}
 * metrics get their {@code exception} tag. Each request is recorded once: an error already on the observation is
 * kept. Server errors are recorded; client errors only when configured, since OpenTelemetry's HTTP conventions
 * leave a server span's status unset for them.
 */
public class ObservationErrorRecorder implements ErrorRecorder {

	private final ObservationRegistry registry;

	private final boolean recordClientErrors;

	private final String contextAttribute;

	/**
	 * Create a recorder.
	 * @param registry the registry whose current observation is the request's
	 * @param recordClientErrors whether 4xx failures are recorded too
	 * @param contextAttribute the request attribute under which the web stack keeps the context of the request's
	 * observation, such as {@code ServerHttpObservationFilter.CURRENT_OBSERVATION_CONTEXT_ATTRIBUTE}
	 */
	public ObservationErrorRecorder(ObservationRegistry registry, boolean recordClientErrors,
			String contextAttribute) {
		this.registry = registry;
		this.recordClientErrors = recordClientErrors;
		this.contextAttribute = contextAttribute;
	}

	@Override
	public void record(ProblemRequest request, int status, @Nullable Throwable failure) {
		if (failure == null || (ProblemStatus.isClientError(status) && !this.recordClientErrors)) {
			return;
		}
		if (!(request.attribute(this.contextAttribute) instanceof Observation.Context context)
				|| context.getError() != null) {
			return;
		}
		Observation current = this.registry.getCurrentObservation();
		if (current != null && current.getContext() == context) {
			// Through the observation, so that its handlers (the tracing one among them) hear of the error now.
			current.error(failure);
		}
		else {
			// The stack's observation is not current here: it still reports the error when it stops.
			context.setError(failure);
		}
	}

}

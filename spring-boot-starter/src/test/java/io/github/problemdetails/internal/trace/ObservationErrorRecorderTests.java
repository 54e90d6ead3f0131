package io.github.problemdetails.internal.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.problemdetails.mapping.ProblemRequest;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ObservationErrorRecorder}.
 */
class ObservationErrorRecorderTests {

	private static final String CONTEXT_ATTRIBUTE = "observation.context";

	private final ObservationRegistry registry = ObservationRegistry.create();

	private final List<Throwable> errorsHeard = new ArrayList<>();

	private final ObservationErrorRecorder recorder = new ObservationErrorRecorder(this.registry, false,
			CONTEXT_ATTRIBUTE);

	ObservationErrorRecorderTests() {
		this.registry.observationConfig().observationHandler(new ObservationHandler<>() {

			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}

			@Override
			public void onError(Observation.Context context) {
				ObservationErrorRecorderTests.this.errorsHeard.add(context.getError());
			}

		});
	}

	@Test
	void recordsAServerErrorThroughTheCurrentObservationSoThatItsHandlersHearOfIt() {
		Observation observation = Observation.start("http.server.requests", this.registry);
		IllegalStateException failure = new IllegalStateException();
		try (Observation.Scope scope = observation.openScope()) {
			this.recorder.record(requestWith(observation.getContext()), 500, failure);
		}
		assertThat(observation.getContext().getError()).isSameAs(failure);
		assertThat(this.errorsHeard).containsExactly(failure);
	}

	@Test
	void recordsAServerErrorOnTheContextOfAnObservationThatIsNotCurrent() {
		Observation.Context context = new Observation.Context();
		IllegalStateException failure = new IllegalStateException();
		this.recorder.record(requestWith(context), 503, failure);
		assertThat(context.getError()).isSameAs(failure);
		assertThat(this.errorsHeard).isEmpty();
	}

	@Test
	void keepsAnErrorAlreadyOnTheObservation() {
		Observation.Context context = new Observation.Context();
		IllegalStateException first = new IllegalStateException("first");
		context.setError(first);
		this.recorder.record(requestWith(context), 500, new IllegalStateException("second"));
		assertThat(context.getError()).isSameAs(first);
	}

	@Test
	void recordsClientErrorsOnlyWhenConfigured() {
		Observation.Context context = new Observation.Context();
		IllegalArgumentException failure = new IllegalArgumentException();
		this.recorder.record(requestWith(context), 400, failure);
		assertThat(context.getError()).isNull();
		new ObservationErrorRecorder(this.registry, true, CONTEXT_ATTRIBUTE).record(requestWith(context), 400,
				failure);
		assertThat(context.getError()).isSameAs(failure);
	}

	@Test
	void recordsNothingWithoutFailureOrObservation() {
		Observation.Context context = new Observation.Context();
		this.recorder.record(requestWith(context), 500, null);
		assertThat(context.getError()).isNull();
		this.recorder.record(ProblemRequest.of("/orders", null), 500, new IllegalStateException());
		assertThat(this.errorsHeard).isEmpty();
	}

	private static ProblemRequest requestWith(Observation.Context context) {
		Map<String, Object> attributes = Map.of(CONTEXT_ATTRIBUTE, context);
		return new ProblemRequest("GET", "/orders", null, (name) -> null, attributes::get, Locale.ROOT);
	}

}

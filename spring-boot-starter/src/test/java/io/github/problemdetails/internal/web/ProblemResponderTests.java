package io.github.problemdetails.internal.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.problemdetails.core.exception.NotFoundException;
import io.github.problemdetails.internal.logging.ProblemLogger;
import io.github.problemdetails.internal.mapping.MappedProblem;
import io.github.problemdetails.internal.mapping.MappingSettings;
import io.github.problemdetails.internal.mapping.ProblemMapper;
import io.github.problemdetails.mapping.ProblemRequest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ProblemResponder}.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProblemResponderTests {

	private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

	private final List<Recorded> recorded = new ArrayList<>();

	private final ProblemResponder responder = new ProblemResponder(new ProblemMapper(MappingSettings.defaults()),
			new ProblemLogger(), (request, status, failure) -> this.recorded.add(new Recorded(request, status, failure)));

	private final ProblemRequest request = new ProblemRequest("DELETE", "/orders/7", TRACE_ID, (name) -> null,
			(name) -> null, Locale.ROOT);

	@Test
	void mapsLogsOnceAndRecordsAFailure(CapturedOutput output) {
		IllegalStateException failure = new IllegalStateException("database on fire");
		MappedProblem mapped = this.responder.respond(failure, this.request);
		assertThat(mapped).isNotNull();
		assertThat(mapped.status()).isEqualTo(500);
		assertThat(mapped.problem().extensions()).containsEntry("traceId", TRACE_ID);
		assertThat(output.getOut()).containsOnlyOnce("DELETE /orders/7 answered 500 [traceId=" + TRACE_ID + "]");
		assertThat(this.recorded).containsExactly(new Recorded(this.request, 500, failure));
	}

	@Test
	void answersAClientErrorWithItsOwnStatus() {
		NotFoundException failure = new NotFoundException("order", 7);
		MappedProblem mapped = this.responder.respond(failure, this.request);
		assertThat(mapped).isNotNull();
		assertThat(mapped.status()).isEqualTo(404);
		assertThat(this.recorded).containsExactly(new Recorded(this.request, 404, failure));
	}

	@Test
	void leavesAClientThatHasGoneAwayUnansweredUnloggedAndUnrecorded(CapturedOutput output) {
		assertThat(this.responder.respond(new IOException("Broken pipe"), this.request)).isNull();
		assertThat(this.responder.respond(new AsyncRequestNotUsableException("Response not usable"), this.request))
			.isNull();
		assertThat(output.getOut()).doesNotContain("answered");
		assertThat(this.recorded).isEmpty();
	}

	@Test
	void answersAnIoFailureOfTheServiceItself() {
		MappedProblem mapped = this.responder.respond(new IOException("Disk full"), this.request);
		assertThat(mapped).isNotNull();
		assertThat(mapped.status()).isEqualTo(500);
	}

	@Test
	void answersADispatchedErrorWithTheContainersClientErrorAndRecordsItsFailure() {
		IllegalStateException failure = new IllegalStateException("rejected");
		MappedProblem mapped = this.responder.respondToDispatchedError(failure, 400, this.request);
		assertThat(mapped.status()).isEqualTo(400);
		assertThat(this.recorded).containsExactly(new Recorded(this.request, 400, failure));
	}

	@Test
	void answersADispatchedStatusWithoutFailure() {
		MappedProblem mapped = this.responder.respondToDispatchedError(null, 404, this.request);
		assertThat(mapped.status()).isEqualTo(404);
		assertThat(this.recorded).containsExactly(new Recorded(this.request, 404, null));
	}

	// A 505 is a 5xx: at ERROR if the service failed, but Tomcat answers it for an HTTP version the client sent.
	@Test
	void answersARejectedRequestWithTheServersStatusLoggedAsTheClientsFault(CapturedOutput output) {
		MappedProblem mapped = this.responder.respondToRejectedRequest(null, 505, this.request);
		assertThat(mapped.status()).isEqualTo(505);
		// At DEBUG, the level of a 400, written or not as another test left the logger.
		assertThat(output.getOut().lines().filter((line) -> line.contains("answered 505")))
			.noneMatch((line) -> line.contains("ERROR"));
		assertThat(this.recorded).containsExactly(new Recorded(this.request, 505, null));
	}

	private record Recorded(ProblemRequest request, int status, @Nullable Throwable failure) {
	}

}

package io.github.problemdetails.internal.logging;

import java.time.Duration;
import java.util.Map;

import io.github.problemdetails.core.Problem;
import io.github.problemdetails.internal.mapping.MappedProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link ProblemLogger}: a log line quotes what a client sent bounded and inert. Every failure is logged
 * at ERROR here, so that the lines are written whatever level another test left the logger at.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProblemLoggerTests {

	private static final int MAX_LENGTH = 60;

	private static final LogPolicy EVERYTHING_AT_ERROR = LogPolicy.of(Map.of("4xx", LogLevel.ERROR, "5xx",
			LogLevel.ERROR), Map.of());

	private final ProblemLogger logger = new ProblemLogger(EVERYTHING_AT_ERROR, new RepeatedFailures(Duration.ZERO),
			MAX_LENGTH);

	@Test
	void longMessageIsCutInTheLine(CapturedOutput output) {
		log(400, new IllegalArgumentException("x".repeat(10_000)), "POST", "/orders");

		assertThat(output.getAll()).contains("POST /orders answered 400: java.lang.IllegalArgumentException: "
				+ "x".repeat(MAX_LENGTH - "java.lang.IllegalArgumentException: ".length()) + "\u2026 [traceId=t-1]")
			.doesNotContain("x".repeat(MAX_LENGTH));
	}

	@Test
	void lineBreaksOfAMessageAreEscaped(CapturedOutput output) {
		log(400, new IllegalArgumentException("a\r\nERROR forged"), "POST", "/orders");

		assertThat(output.getAll()).contains("IllegalArgumentException: a\\r\\nERROR forged")
			.doesNotContain("\nERROR forged");
	}

	@Test
	void longPathAndUnknownMethodAreQuotedBounded(CapturedOutput output) {
		log(400, new IllegalArgumentException("bad"), null, "/" + "p".repeat(1000));

		assertThat(output.getAll()).contains("- /" + "p".repeat(MAX_LENGTH - 1) + "\u2026 answered 400")
			.doesNotContain("p".repeat(MAX_LENGTH));
	}

	@Test
	void stackTraceOfALongMessageShowsItCutAfterTheClassName(CapturedOutput output) {
		IllegalStateException failure = new IllegalStateException("y".repeat(10_000),
				new IllegalArgumentException("z".repeat(10_000)));

		log(500, failure, "GET", "/reports");

		// Logback prints the copy by its toString(): the original's class name and the cut message.
		assertThat(output.getAll()).contains("GET /reports answered 500 [traceId=t-1]")
			.contains("\njava.lang.IllegalStateException: yyy")
			.contains("Caused by: java.lang.IllegalArgumentException: zzz")
			.contains("at " + getClass().getName() + ".stackTraceOfALongMessageShowsItCutAfterTheClassName")
			.doesNotContain("y".repeat(MAX_LENGTH))
			.doesNotContain("z".repeat(MAX_LENGTH));
	}

	@Test
	void stackTraceOfShortMessagesIsTheExceptionsOwn(CapturedOutput output) {
		log(500, new IllegalStateException("disk full\non volume 7"), "GET", "/reports");

		assertThat(output.getAll()).contains("java.lang.IllegalStateException: disk full\non volume 7");
	}

	@Test
	void clientsFaultIsLoggedAtTheLevelOfA400WithItsOwnStatus(CapturedOutput output) {
		ProblemLogger logger = new ProblemLogger(LogPolicy.of(Map.of("4xx", LogLevel.WARN), Map.of()),
				new RepeatedFailures(Duration.ZERO), MAX_LENGTH);
		Problem problem = Problem.builder().status(505).build();

		logger.logClientFault(new MappedProblem(problem, HttpHeaders.EMPTY, null, null, null), "GET", "/ok", "t-1");

		assertThat(output.getAll().lines().filter((line) -> line.contains("answered 505"))).singleElement()
			.satisfies((line) -> assertThat(line).contains("WARN").doesNotContain("ERROR"));
	}

	@Test
	void refusesALengthThatIsNotPositive() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ProblemLogger(LogPolicy.defaults(), new RepeatedFailures(Duration.ZERO), 0))
			.withMessage("'maxMessageLength' must be positive");
	}

	private void log(int status, Throwable exception, String method, String path) {
		Problem problem = Problem.builder().status(status).build();
		this.logger.log(new MappedProblem(problem, HttpHeaders.EMPTY, null, exception, null), method, path, "t-1");
	}

}

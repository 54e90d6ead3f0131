package io.github.problemdetails.sample;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.github.problemdetails.test.ProblemAssert;
import io.github.problemdetails.test.ProblemResponseAssert;
import io.github.problemdetails.test.RecordedResponse;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The robustness suite's common ground: a family of hostile requests (one subclass per family, its
 * {@link #hostileRequests()} and tests of its own) sent to the whole sample service over real HTTP, each answer
 * held to the contract's "Hostile input" row, and the service still healthy after the family.
 * <p>
 * Each answer to the client's bytes must be a 4xx problem that gives nothing away, no larger than
 * {@link #MAX_ANSWER_BYTES}, and the failure logged in exactly one line of at most
 * {@link #MAX_LOG_ENTRY_LENGTH} characters, with the answer's trace ID and without a stack trace (the test
 * {@code application.properties} logs the starter's 4xx lines). Bounded in time: every exchange has a timeout and
 * nothing sleeps.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
abstract class AbstractRobustnessIntegrationTests extends AbstractSampleIntegrationTests {

	/** Largest answer to a hostile request, whatever it sent. */
	static final int MAX_ANSWER_BYTES = 4 * 1024;

	/** Longest log entry of a failure, whatever the request sent: the time, level, thread and logger included. */
	static final int MAX_LOG_ENTRY_LENGTH = 1024;

	// Spring Boot's console pattern starts each log entry with its ISO-8601 time; stack trace lines do not.
	private static final Pattern LOG_ENTRY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}.*");

	private static final Pattern STACK_TRACE_LINE = Pattern.compile("^(\\s+at |Caused by: |\\s+\\.\\.\\. \\d+).*");

	private CapturedOutput output;

	// The first request initialises Spring MVC, which logs that it does: not while a hostile request is answered.
	@BeforeAll
	void warmUp() throws Exception {
		assertThat(this.http.get("/ok").statusCode()).isEqualTo(200);
	}

	@BeforeEach
	void captureLog(CapturedOutput output) {
		this.output = output;
	}

	@AfterAll
	void serviceStaysHealthy() throws Exception {
		assertThat(this.http.get("/ok").statusCode()).as("GET /ok after the family").isEqualTo(200);
	}

	/**
	 * The family's requests that the contract's assertions cover by themselves.
	 * @return the requests, at least one
	 */
	abstract Stream<HostileRequest> hostileRequests();

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostileRequests")
	void hostileRequestAnswersAClientErrorLoggedOnce(HostileRequest request) throws Exception {
		assertClientError(send(request), request.status());
	}

	/**
	 * Send a hostile request.
	 * @param request the request
	 * @return the answer and what was logged while it was answered
	 */
	Answered send(HostileRequest request) throws IOException, InterruptedException {
		int logStart = logPosition();
		RecordedResponse response = exchange(request);
		return new Answered(response, logSince(logStart));
	}

	/**
	 * Send a hostile request, with the JDK client or byte for byte on a socket.
	 * @param request the request
	 * @return the answer
	 */
	RecordedResponse exchange(HostileRequest request) throws IOException, InterruptedException {
		if (request.client() != null) {
			HttpResponse<String> response = this.http.send(request.client().apply(this.http));
			return new RecordedResponse(response.statusCode(),
					response.headers().firstValue("Content-Type").orElse(null), response.headers()::allValues,
					response.body());
		}
		RawHttp.Answer answer = new RawHttp(this.http.port()).exchange(request.raw(), request.endAfterRequest());
		assertThat(answer.status()).as("an answer to the request, but the connection closed with: %s", answer.body())
			.isNotNull();
		return answer.recorded();
	}

	/**
	 * Return where the log is now, to read what is logged from here on.
	 * @return the position in the captured output
	 */
	int logPosition() {
		return this.output.getAll().length();
	}

	/**
	 * Return what was logged since a position.
	 * @param position a position from {@link #logPosition()}
	 * @return the log lines since then
	 */
	String logSince(int position) {
		return this.output.getAll().substring(position);
	}

	/**
	 * Assert what every answer to a hostile request must be: the given client error as a problem of the sample,
	 * no larger than {@link #MAX_ANSWER_BYTES}, logged once.
	 * @param answered the answer
	 * @param status the expected status, 400 to 499
	 * @return the assertions on the problem's members
	 */
	static ProblemAssert assertClientError(Answered answered, int status) {
		return assertClientError(answered, status, MAX_ANSWER_BYTES);
	}

	/**
	 * Assert {@link #assertClientError(Answered, int)} with another bound on the answer's size.
	 * @param answered the answer
	 * @param status the expected status, 400 to 499
	 * @param maxBytes the largest answer expected
	 * @return the assertions on the problem's members
	 */
	static ProblemAssert assertClientError(Answered answered, int status, int maxBytes) {
		assertThat(status).isBetween(400, 499);
		return assertClientsFault(answered, status, maxBytes);
	}

	/**
	 * Assert {@link #assertClientError(Answered, int)} for a status that the protocol asks for but is no client
	 * error, such as 505 for an HTTP version the server does not support: still logged as the client's fault.
	 * @param answered the answer
	 * @param status the expected status
	 * @param maxBytes the largest answer expected
	 * @return the assertions on the problem's members
	 */
	static ProblemAssert assertClientsFault(Answered answered, int status, int maxBytes) {
		RecordedResponse response = answered.response();
		assertThat(response.body().getBytes(StandardCharsets.UTF_8)).as("the answer's size")
			.hasSizeLessThanOrEqualTo(maxBytes);
		ProblemAssert problem = assertSampleProblem(new ProblemResponseAssert(response), status);
		assertLoggedOnce(answered, status);
		return problem;
	}

	/**
	 * Assert that the failure was logged in exactly one bounded line at the level of a client's fault (DEBUG), with
	 * the answer's trace ID, and with no stack trace: neither by the starter twice nor by the container.
	 * @param answered the answer and the log written meanwhile
	 * @param status the status of the answer
	 */
	static void assertLoggedOnce(Answered answered, int status) {
		String traceId = answered.response().header(SampleHttp.TRACE_ID_HEADER);
		assertThat(logEntries(answered.log())).as("log entries while answering %s", traceId)
			.singleElement()
			.satisfies((line) -> assertThat(line).contains(traceId)
				.contains(" DEBUG ")
				.contains(" answered " + status)
				.hasSizeLessThanOrEqualTo(MAX_LOG_ENTRY_LENGTH));
		assertThat(answered.log().lines()).as("stack trace lines")
			.noneMatch((line) -> STACK_TRACE_LINE.matcher(line).matches());
	}

	/**
	 * Return the entries of a log, one line each (the first of an entry with a stack trace).
	 * @param log the log
	 * @return the entries
	 */
	static List<String> logEntries(String log) {
		return log.lines().filter((line) -> LOG_ENTRY.matcher(line).matches()).toList();
	}

	/**
	 * A hostile request: one that a client library sends as asked, or bytes written on a socket as they are.
	 *
	 * @param name what is hostile about it
	 * @param status the expected status
	 * @param client the request built against the sample's client, or {@code null} for raw bytes
	 * @param raw the bytes written on a socket, or {@code null} for a client's request
	 * @param endAfterRequest whether the client stops sending after the raw bytes (a truncated body)
	 */
	record HostileRequest(String name, int status, @Nullable Function<SampleHttp, HttpRequest.Builder> client,
			byte @Nullable [] raw, boolean endAfterRequest) {

		HostileRequest(String name, int status, Function<SampleHttp, HttpRequest.Builder> client) {
			this(name, status, client, null, false);
		}

		static HostileRequest raw(String name, int status, String text) {
			return new HostileRequest(name, status, null, text.getBytes(StandardCharsets.ISO_8859_1), false);
		}

		// The client stops sending after the request, as one that goes away in the middle of its body.
		static HostileRequest ended(String name, int status, String text) {
			return new HostileRequest(name, status, null, text.getBytes(StandardCharsets.ISO_8859_1), true);
		}

		@Override
		public String toString() {
			return this.name + " -> " + this.status;
		}

	}

	/**
	 * An answer, and what the service logged while answering it.
	 *
	 * @param response the answer
	 * @param log the lines logged meanwhile
	 */
	record Answered(RecordedResponse response, String log) {
	}

}

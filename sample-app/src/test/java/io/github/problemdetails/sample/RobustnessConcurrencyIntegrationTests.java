package io.github.problemdetails.sample;

import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.github.problemdetails.test.ProblemResponseAssert;
import io.github.problemdetails.test.RecordedResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The robustness suite, concurrency: many clients send hostile requests of every family at once. Every one is
 * answered with its own problem and trace ID, and every failure is logged once, under its own trace ID.
 */
class RobustnessConcurrencyIntegrationTests extends AbstractRobustnessIntegrationTests {

	private static final int CLIENTS = 16;

	private static final int ROUNDS = 16;

	// One of each family, each also sent alone.
	@Override
	Stream<HostileRequest> hostileRequests() {
		return Stream.of(HostileRequest.raw("malformed request line", 400, "G@T /ok HTTP/1.1\r\nHost: sample\r\n\r\n"),
				HostileRequest.raw("malformed chunk", 400,
						"POST /users HTTP/1.1\r\nHost: sample\r\nContent-Type: application/json\r\n"
								+ "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n"),
				post("wildcard Content-Type", 415, "/users", "*/*", "{}"),
				post("multipart without boundary", 400, "/users", "multipart/form-data", "--x\r\n\r\n"),
				post("malformed JSON", 400, "/users", "application/json", "{\"name\":"),
				post("invalid order", 422, "/ok", "application/json",
						"{\"customerId\":1,\"items\":[{\"sku\":\"\",\"quantity\":0}]}"),
				new HostileRequest("unknown route", 404, (http) -> http.request("/no/such/path").GET()),
				new HostileRequest("wrong method", 405, (http) -> http.request("/quotes").DELETE()));
	}

	@Test
	void hostileRequestsAtOnceAreEachAnsweredAndLoggedOnce() throws Exception {
		List<Callable<RecordedResponse>> requests = new ArrayList<>();
		for (int round = 0; round < ROUNDS; round++) {
			hostileRequests().forEach((request) -> requests.add(() -> exchange(request)));
		}
		int logStart = logPosition();
		List<RecordedResponse> answers = new ArrayList<>();
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		try {
			for (Future<RecordedResponse> answer : clients.invokeAll(requests, 30, TimeUnit.SECONDS)) {
				answers.add(answer.get());
			}
		}
		finally {
			clients.shutdownNow();
		}
		List<String> entries = logEntries(logSince(logStart));

		assertThat(answers).hasSize(requests.size()).allSatisfy((answer) -> {
			assertThat(answer.body().length()).isLessThanOrEqualTo(MAX_ANSWER_BYTES);
			assertThat(answer.status()).isBetween(400, 499);
			assertSampleProblem(new ProblemResponseAssert(answer), answer.status());
			String traceId = answer.header(SampleHttp.TRACE_ID_HEADER);
			assertThat(entries).as("log entries of %s", traceId)
				.filteredOn((entry) -> entry.contains(traceId))
				.singleElement();
		});
		assertThat(answers.stream().map((answer) -> answer.header(SampleHttp.TRACE_ID_HEADER)).distinct())
			.hasSize(requests.size());
		assertThat(entries).hasSize(requests.size());
	}

	private static HostileRequest post(String name, int status, String path, String contentType, String body) {
		return new HostileRequest(name, status, (http) -> http.request(path)
			.header("Content-Type", contentType)
			.POST(BodyPublishers.ofString(body)));
	}

}

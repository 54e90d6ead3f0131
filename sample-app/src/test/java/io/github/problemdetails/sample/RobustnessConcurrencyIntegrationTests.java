package io.github.problemdetails.sample;

import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.github.problemdetails.test.ProblemResponseAssert;
import io.github.problemdetails.test.RecordedResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The robustness suite, concurrency: many clients send hostile requests at once. Every one is answered with its
 * own problem and trace ID, and every failure is logged once, under its own trace ID.
 */
class RobustnessConcurrencyIntegrationTests extends AbstractRobustnessIntegrationTests {

	private static final int CLIENTS = 16;

	private static final int REQUESTS_PER_CLIENT = 8;

	@Test
	void hostileRequestsAtOnceAreEachAnsweredAndLoggedOnce() throws Exception {
		List<Callable<RecordedResponse>> requests = new ArrayList<>();
		for (int i = 0; i < CLIENTS * REQUESTS_PER_CLIENT; i++) {
			requests.add(request(i));
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
			assertSampleProblem(new ProblemResponseAssert(answer), answer.status());
			assertThat(answer.status()).isBetween(400, 499);
			String traceId = answer.header(SampleHttp.TRACE_ID_HEADER);
			assertThat(entries).as("log entries of %s", traceId).filteredOn((entry) -> entry.contains(traceId))
				.singleElement();
		});
		assertThat(answers.stream().map((answer) -> answer.header(SampleHttp.TRACE_ID_HEADER)).distinct())
			.hasSize(requests.size());
		assertThat(entries).hasSize(requests.size());
	}

	// A mix of the families: a malformed request line, broken framing, an unusable media type, a broken
	// multipart body, a malformed JSON body, a validation failure, an unknown route, a wrong method.
	private Callable<RecordedResponse> request(int i) {
		RawHttp raw = new RawHttp(this.http.port());
		return switch (i % 8) {
			case 0 -> () -> raw.exchange("G@T /ok HTTP/1.1\r\nHost: sample\r\n\r\n").recorded();
			case 1 -> () -> raw.exchange("POST /users HTTP/1.1\r\nHost: sample\r\nContent-Type: application/json\r\n"
					+ "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n").recorded();
			case 2 -> () -> sent("/users", "*/*", "{}");
			case 3 -> () -> sent("/users", "multipart/form-data", "--x\r\n\r\n");
			case 4 -> () -> sent("/users", "application/json", "{\"name\":");
			case 5 -> () -> sent("/ok", "application/json",
					"{\"customerId\":1,\"items\":[{\"sku\":\"\",\"quantity\":0}]}");
			case 6 -> () -> recorded(this.http.get("/no/such/path/" + i));
			default -> () -> recorded(this.http.send(this.http.request("/quotes").DELETE()));
		};
	}

	private RecordedResponse sent(String path, String contentType, String body) throws Exception {
		return recorded(this.http.send(this.http.request(path)
			.header("Content-Type", contentType)
			.POST(BodyPublishers.ofString(body))));
	}

}

package io.github.problemdetails.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static io.github.problemdetails.test.ProblemAssertions.assertThat;

/**
 * The inventory service cannot be reached at all: its base URL points at a port nobody listens on.
 */
class SampleApplicationUnreachableInventoryIntegrationTests extends AbstractSampleIntegrationTests {

	@DynamicPropertySource
	static void inventoryOnAClosedPort(DynamicPropertyRegistry registry) {
		registry.add("sample.inventory.base-url", () -> "http://127.0.0.1:" + closedPort());
	}

	@Test
	void unreachableUpstreamAnswers502() throws Exception {
		HttpResponse<String> response = this.http.get("/orders/availability/ABC-1");

		assertThat(response).doesNotLeak("Connection refused", "ConnectException");
		assertSampleProblem(response, 502, "bad-gateway", "/orders/availability/ABC-1");
	}

	// A port that was free a moment ago and is closed now: connecting to it is refused at once.
	private static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

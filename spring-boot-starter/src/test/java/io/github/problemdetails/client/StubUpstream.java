package io.github.problemdetails.client;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An upstream service on 127.0.0.1 that fails in every way a real one does: an error answer
 * with a secret in body and headers, a malformed JSON body, an HTML body, an answer that
 * comes too late, and {@code application/problem+xml} problems, well-formed or not.
 */
final class StubUpstream implements AutoCloseable {

	static final String SECRET = "stock-db-password-4711";

	static final String SECRET_HEADER = "X-Upstream-Secret";

	private static final String XML_PROBLEM = "application/problem+xml";

	// Bounds the slow answer, so that a test never waits for it longer than this.
	private static final long SLOW_ANSWER_SECONDS = 2;

	private final HttpServer server;

	private final ExecutorService executor = Executors.newCachedThreadPool();

	private final CountDownLatch released = new CountDownLatch(1);

	private StubUpstream() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/failing", (exchange) -> {
			exchange.getResponseHeaders().set(SECRET_HEADER, SECRET);
			send(exchange, 500, "application/json", "{\"error\": \"" + SECRET + " rejected\"}");
		});
		this.server.createContext("/malformed", (exchange) -> send(exchange, 200, "application/json",
				"{\"symbol\": \"ACME\", \"price\": " + SECRET));
		this.server.createContext("/html", (exchange) -> send(exchange, 200, "text/html", "<p>" + SECRET + "</p>"));
		this.server.createContext("/slow", (exchange) -> {
			try {
				this.released.await(SLOW_ANSWER_SECONDS, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			send(exchange, 200, "application/json", "{\"symbol\": \"ACME\", \"price\": 1}");
		});
		this.server.createContext("/items/XML-CONFLICT/reservations", (exchange) -> send(exchange, 409,
				XML_PROBLEM, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><problem xmlns=\"urn:ietf:rfc:7807\">"
						+ "<type>https://inventory.example.com/problems/conflict</type><title>Conflict</title>"
						+ "<status>409</status><detail>Ledger " + SECRET + " is locked</detail>"
						+ "<instance>/items/XML-CONFLICT/reservations</instance><code>OUT_OF_STOCK</code></problem>"));
		this.server.createContext("/items/XML-BROKEN/reservations", (exchange) -> send(exchange, 500, XML_PROBLEM,
				"<problem xmlns=\"urn:ietf:rfc:7807\"><title>Ledger down</title><detail>" + SECRET
						+ "</detail></problem>"));
		this.server.createContext("/items/XML-MALFORMED/reservations", (exchange) -> send(exchange, 409,
				XML_PROBLEM, "<problem xmlns=\"urn:ietf:rfc:7807\"><title>" + SECRET + "</problem>"));
		this.server.setExecutor(this.executor);
		this.server.start();
	}

	static StubUpstream start() {
		try {
			return new StubUpstream();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot start the stub upstream", ex);
		}
	}

	String baseUrl() {
		return "http://127.0.0.1:" + port();
	}

	int port() {
		return this.server.getAddress().getPort();
	}

	/** A URL on a port of 127.0.0.1 that nothing listens on, so that a connection is refused. */
	static String closedUrl() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return "http://127.0.0.1:" + socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot find a free port", ex);
		}
	}

	@Override
	public void close() {
		this.released.countDown();
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", contentType);
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}

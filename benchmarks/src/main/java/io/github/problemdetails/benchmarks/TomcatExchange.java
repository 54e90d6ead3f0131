package io.github.problemdetails.benchmarks;

import java.nio.ByteBuffer;

import io.github.problemdetails.internal.trace.RequestTraceId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.connector.CoyoteAdapter;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.coyote.OutputBuffer;
import org.apache.tomcat.util.buf.ByteChunk;
import org.apache.tomcat.util.buf.MessageBytes;
import org.apache.tomcat.util.http.MimeHeaders;

/**
 * Tomcat's own request and response objects, the ones a servlet application is given, without a socket: reused
 * for every request as Tomcat reuses them, and recycled before each. What a response writes is counted and
 * dropped, so that writes cost what Tomcat's buffers cost, never a system call.
 */
final class TomcatExchange {

	/** The trace ID that the starter's filter gave the request. */
	static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

	private final org.apache.coyote.Request coyoteRequest = new org.apache.coyote.Request();

	private final org.apache.coyote.Response coyoteResponse = new org.apache.coyote.Response();

	private final Request request;

	private final Response response;

	// Where the response's headers are encoded to, as into the connection's header buffer.
	private final byte[] headerBuffer = new byte[8192];

	private int headerBytes;

	private final String method;

	private final String path;

	TomcatExchange(String method, String path) {
		this.method = method;
		this.path = path;
		this.coyoteRequest.setResponse(this.coyoteResponse);
		this.coyoteResponse.setOutputBuffer(new DiscardingOutputBuffer());
		this.request = new Request(new Connector("HTTP/1.1"), this.coyoteRequest);
		this.response = new Response(this.coyoteResponse);
		this.request.setResponse(this.response);
		this.response.setRequest(this.request);
		// As Tomcat's adapter links them: closing the response's stream finds the request there.
		this.coyoteRequest.setNote(CoyoteAdapter.ADAPTER_NOTES, this.request);
	}

	/**
	 * Recycle both objects, as Tomcat does after each request, and read the next request.
	 * @return the exchange
	 */
	TomcatExchange fresh() {
		this.request.recycle();
		this.response.recycle();
		this.coyoteRequest.recycle();
		this.coyoteResponse.recycle();
		this.coyoteRequest.setResponse(this.coyoteResponse);
		this.coyoteRequest.setMethod(this.method);
		this.coyoteRequest.requestURI().setString(this.path);
		return header("Host", "127.0.0.1:8080");
	}

	/**
	 * Add a request header.
	 * @param name the header name
	 * @param value the header value
	 * @return the exchange
	 */
	TomcatExchange header(String name, String value) {
		this.coyoteRequest.getMimeHeaders().addValue(name).setString(value);
		return this;
	}

	/**
	 * Recycle both objects and give the request what the starter's trace-ID filter gives it before a failure:
	 * its trace ID as an attribute and in the response header.
	 * @return the exchange
	 */
	TomcatExchange afterTraceIdFilter() {
		fresh();
		this.request.setAttribute(RequestTraceId.ATTRIBUTE, TRACE_ID);
		this.response.setHeader("X-Trace-Id", TRACE_ID);
		return this;
	}

	/**
	 * Send the response's headers as Tomcat's HTTP/1.1 processor sends them when it commits the response: each name and
	 * value that was set as a string is encoded to bytes, then copied into the connection's header buffer. Without
	 * this, a header costs a benchmark only what setting it costs.
	 * @return the exchange
	 */
	TomcatExchange sendHeaders() {
		MimeHeaders headers = this.coyoteResponse.getMimeHeaders();
		this.headerBytes = 0;
		for (int i = 0; i < headers.size(); i++) {
			send(headers.getName(i));
			send(headers.getValue(i));
		}
		return this;
	}

	private void send(MessageBytes bytes) {
		bytes.toBytes();
		ByteChunk chunk = bytes.getByteChunk();
		System.arraycopy(chunk.getBuffer(), chunk.getStart(), this.headerBuffer, this.headerBytes, chunk.getLength());
		this.headerBytes += chunk.getLength();
	}

	/**
	 * The request as the application sees it, through Tomcat's facade.
	 * @return the request
	 */
	HttpServletRequest request() {
		return this.request.getRequest();
	}

	/**
	 * The response as the application sees it, through Tomcat's facade.
	 * @return the response
	 */
	HttpServletResponse response() {
		return this.response.getResponse();
	}

	/**
	 * Tomcat's request itself, as valves see it.
	 * @return the request
	 */
	Request connectorRequest() {
		return this.request;
	}

	/**
	 * Tomcat's response itself, as valves see it.
	 * @return the response
	 */
	Response connectorResponse() {
		return this.response;
	}

	private static final class DiscardingOutputBuffer implements OutputBuffer {

		private long written;

		@Override
		public int doWrite(ByteBuffer chunk) {
			int length = chunk.remaining();
			chunk.position(chunk.limit());
			this.written += length;
			return length;
		}

		@Override
		public long getBytesWritten() {
			return this.written;
		}

	}

}

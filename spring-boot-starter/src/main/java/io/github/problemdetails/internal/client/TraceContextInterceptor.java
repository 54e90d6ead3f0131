package io.github.problemdetails.internal.client;

import java.io.IOException;
import java.util.concurrent.ThreadLocalRandom;

import io.github.problemdetails.internal.trace.TraceIdResolver;
import io.github.problemdetails.trace.TraceIds;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Carries the trace ID of the servlet request being served to the upstreams it calls: as a W3C {@code traceparent}
 * (with a new parent ID, not sampled) when the ID is W3C-format, else in the request-ID header. A request that
 * already has a {@code traceparent}, set by a tracing library or by the caller, is left alone, and so is a call
 * made outside a servlet request.
 */
public class TraceContextInterceptor implements ClientHttpRequestInterceptor {

	private static final char[] HEX = "0123456789abcdef".toCharArray();

	private final @Nullable String requestIdHeader;

	/**
	 * Create an interceptor.
	 * @param requestIdHeader header for a trace ID that is not W3C-format, or {@code null} to send none
	 */
	public TraceContextInterceptor(@Nullable String requestIdHeader) {
		this.requestIdHeader = (requestIdHeader != null && !requestIdHeader.isBlank()) ? requestIdHeader : null;
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		if (!request.getHeaders().containsHeader(TraceIdResolver.TRACEPARENT)) {
			String traceId = TraceIds.current();
			if (traceId != null) {
				if (isW3cTraceId(traceId)) {
					request.getHeaders().set(TraceIdResolver.TRACEPARENT, "00-" + traceId + "-" + spanId() + "-00");
				}
				else if (this.requestIdHeader != null && !request.getHeaders().containsHeader(this.requestIdHeader)) {
					request.getHeaders().set(this.requestIdHeader, traceId);
				}
			}
		}
		return execution.execute(request, body);
	}

	// W3C Trace Context section 3.2.2.3: 32 lowercase hex digits, not all zeros.
	static boolean isW3cTraceId(String traceId) {
		if (traceId.length() != 32) {
			return false;
		}
		boolean zeros = true;
		for (int i = 0; i < traceId.length(); i++) {
			char c = traceId.charAt(i);
			if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
				return false;
			}
			zeros = zeros && c == '0';
		}
		return !zeros;
	}

	private static String spanId() {
		long value = ThreadLocalRandom.current().nextLong();
		if (value == 0) {
			value = 1;
		}
		char[] id = new char[16];
		for (int i = 15; i >= 0; i--) {
			id[i] = HEX[(int) (value & 0xF)];
			value >>>= 4;
		}
		return new String(id);
	}

}

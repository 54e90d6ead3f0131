package io.github.problemdetails.internal.trace;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiFunction;

import io.github.problemdetails.trace.CurrentTraceId;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the trace ID of a request in the contract's order: the current span's trace ID when
 * a {@link CurrentTraceId} is given and a span is current, else by default the trace ID of an
 * incoming W3C {@code traceparent} header, else a caller's request-ID header, else a freshly
 * generated W3C-format ID. A malformed incoming value is ignored, never reflected. No regular
 * expressions and no {@code SecureRandom}: this runs for every request.
 */
public class TraceIdResolver {

	/** The W3C Trace Context header. */
	public static final String TRACEPARENT = "traceparent";

	private static final int TRACEPARENT_LENGTH = 55;

	private static final int MAX_REQUEST_ID_LENGTH = 64;

	private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

	private final String[] headerNames;

	private final @Nullable CurrentTraceId currentTraceId;

	/**
	 * Create a resolver that reads {@code traceparent}, then the given request-ID header.
	 * @param requestIdHeader header that carries a caller's request ID, or {@code null} (or
	 * empty) to read none
	 */
	public TraceIdResolver(@Nullable String requestIdHeader) {
		this((requestIdHeader != null) ? List.of(TRACEPARENT, requestIdHeader) : List.of(TRACEPARENT));
	}

	/**
	 * Create a resolver.
	 * @param headerNames request headers to read, in order; {@code traceparent} is read as W3C
	 * Trace Context, any other header as a plain request ID; blank names are skipped
	 */
	public TraceIdResolver(List<String> headerNames) {
		this(headerNames, null);
	}

	/**
	 * Create a resolver that takes the current span's trace ID first, when there is one.
	 * @param headerNames request headers to read when no span is current, in order
	 * @param currentTraceId the current span's trace ID, or {@code null} to read headers only
	 */
	public TraceIdResolver(List<String> headerNames, @Nullable CurrentTraceId currentTraceId) {
		this.headerNames = headerNames.stream().filter((name) -> !name.isBlank()).toArray(String[]::new);
		this.currentTraceId = currentTraceId;
	}

	/**
	 * Resolve the trace ID of a request, reading its headers with a function that captures
	 * nothing, such as {@code HttpServletRequest::getHeader}: this runs for every request.
	 * @param <R> the type of the request
	 * @param request the request
	 * @param header reads a header of the request by name; returns {@code null} for a missing
	 * header
	 * @return the trace ID, never {@code null}
	 */
	public <R> String resolve(R request, BiFunction<R, String, @Nullable String> header) {
		if (this.currentTraceId != null) {
			// The span has already taken the incoming traceparent into account; its ID is the one logs show.
			String traceId = this.currentTraceId.get();
			if (traceId != null && isValidRequestId(traceId)) {
				return traceId;
			}
		}
		for (String name : this.headerNames) {
			String value = header.apply(request, name);
			if (value == null) {
				continue;
			}
			if (TRACEPARENT.equalsIgnoreCase(name)) {
				if (isValidTraceparent(value)) {
					return value.substring(3, 35);
				}
			}
			else if (isValidRequestId(value)) {
				return value;
			}
		}
		return generate();
	}

	/**
	 * Whether the value is a well-formed {@code traceparent} with a usable trace ID (W3C Trace
	 * Context §3.2: version 00 is exactly 55 characters, later versions may append fields;
	 * version ff and all-zero IDs are invalid).
	 * @param value the header value
	 * @return whether it can be used
	 */
	static boolean isValidTraceparent(String value) {
		if (value.length() < TRACEPARENT_LENGTH || !isLowerHex(value, 0, 2) || value.startsWith("ff")) {
			return false;
		}
		if (value.startsWith("00") ? value.length() != TRACEPARENT_LENGTH
				: value.length() > TRACEPARENT_LENGTH && value.charAt(TRACEPARENT_LENGTH) != '-') {
			return false;
		}
		return value.charAt(2) == '-' && value.charAt(35) == '-' && value.charAt(52) == '-'
				&& isLowerHex(value, 3, 35) && !isAllZeros(value, 3, 35) && isLowerHex(value, 36, 52)
				&& !isAllZeros(value, 36, 52) && isLowerHex(value, 53, 55);
	}

	/**
	 * Whether the value can be echoed as a trace ID: 1 to 64 letters, digits, dots, dashes or
	 * underscores, so that it is inert in a header, a log line and a JSON string.
	 * @param value the header value
	 * @return whether it can be used
	 */
	static boolean isValidRequestId(String value) {
		if (value.isEmpty() || value.length() > MAX_REQUEST_ID_LENGTH) {
			return false;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
					|| c == '_' || c == '.';
			if (!allowed) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Generate a W3C-format trace ID: 32 lowercase hex digits, not all zeros.
	 * @return a new trace ID
	 */
	static String generate() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long high = random.nextLong();
		long low = random.nextLong();
		if (high == 0 && low == 0) {
			low = 1;
		}
		byte[] id = new byte[32];
		writeHex(id, 0, high);
		writeHex(id, 16, low);
		return new String(id, StandardCharsets.ISO_8859_1);
	}

	private static void writeHex(byte[] target, int offset, long value) {
		for (int i = 15; i >= 0; i--) {
			target[offset + i] = HEX[(int) (value & 0xF)];
			value >>>= 4;
		}
	}

	private static boolean isLowerHex(String value, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = value.charAt(i);
			if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
				return false;
			}
		}
		return true;
	}

	private static boolean isAllZeros(String value, int from, int to) {
		for (int i = from; i < to; i++) {
			if (value.charAt(i) != '0') {
				return false;
			}
		}
		return true;
	}

}

package io.github.problemdetails.reader;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.github.problemdetails.core.FieldViolation;
import io.github.problemdetails.core.Problem;
import io.github.problemdetails.core.ProblemDocument;
import io.github.problemdetails.core.ProblemStatus;

/**
 * Reads an RFC 9457 {@code application/problem+json} body into a {@link Problem}, with the JDK only, so that any
 * client (a plain {@code java.net.http.HttpClient} included) can act on a problem in typed code.
 * <p>
 * The reader is strict and bounded: the body must be RFC 8259 JSON, a single object, UTF-8, at most
 * {@link #maxBytes()} long (64 KiB by default) and nested at most {@link #maxDepth()} levels; anything else throws
 * a {@link ProblemJsonException} (a {@link ProblemTooLargeException} when too long), and a stream is never read
 * past the limit. As RFC 9457 section 3.1 asks, a standard member of the wrong type is ignored rather than
 * rejected. The members become a {@link Problem} as core's {@link ProblemDocument} builds it, the same for every
 * reader: {@code code} stays an extension member (see {@link ProblemDocument#code(Problem)}), and {@code errors},
 * when every entry is a well-formed violation, becomes a list of {@link FieldViolation}s (see
 * {@link ProblemDocument#fieldViolations(Problem)}). Instances are immutable and thread-safe.
 * <pre>{@code
 * HttpResponse<InputStream> response = client.send(request, BodyHandlers.ofInputStream());
 * if (response.statusCode() >= 400 && ProblemJsonReader.isProblemJson(response.headers().firstValue("Content-Type").orElse(null))) {
 *     try (InputStream body = response.body()) {
 *         Problem problem = ProblemJsonReader.create().read(body, response.statusCode());
 *     }
 * }
 * }</pre>
 */
public final class ProblemJsonReader {

	/**
	 * The media type of a JSON problem (RFC 9457 section 3).
	 */
	public static final String MEDIA_TYPE = "application/problem+json";

	/**
	 * Largest body read by default, in bytes: 64 KiB, far more than any real problem needs.
	 */
	public static final int DEFAULT_MAX_BYTES = 64 * 1024;

	/**
	 * Deepest nesting of objects and arrays read by default.
	 */
	public static final int DEFAULT_MAX_DEPTH = 32;

	private static final ProblemJsonReader DEFAULT = new ProblemJsonReader(DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH);

	private final int maxBytes;

	private final int maxDepth;

	private ProblemJsonReader(int maxBytes, int maxDepth) {
		this.maxBytes = maxBytes;
		this.maxDepth = maxDepth;
	}

	/**
	 * Return a reader with the default limits.
	 * @return the reader
	 */
	public static ProblemJsonReader create() {
		return DEFAULT;
	}

	/**
	 * Return a reader like this one that accepts bodies up to the given length.
	 * @param maxBytes the largest body to read, in bytes; positive
	 * @return the reader
	 * @throws IllegalArgumentException if the limit is not positive
	 */
	public ProblemJsonReader withMaxBytes(int maxBytes) {
		if (maxBytes <= 0) {
			throw new IllegalArgumentException("'maxBytes' must be positive");
		}
		return new ProblemJsonReader(maxBytes, this.maxDepth);
	}

	/**
	 * Return a reader like this one that accepts the given nesting depth.
	 * @param maxDepth the deepest nesting of objects and arrays; positive
	 * @return the reader
	 * @throws IllegalArgumentException if the depth is not positive
	 */
	public ProblemJsonReader withMaxDepth(int maxDepth) {
		if (maxDepth <= 0) {
			throw new IllegalArgumentException("'maxDepth' must be positive");
		}
		return new ProblemJsonReader(this.maxBytes, maxDepth);
	}

	/**
	 * Return the largest body this reader accepts.
	 * @return the limit in bytes
	 */
	public int maxBytes() {
		return this.maxBytes;
	}

	/**
	 * Return the deepest nesting this reader accepts.
	 * @return the number of levels
	 */
	public int maxDepth() {
		return this.maxDepth;
	}

	/**
	 * Whether a {@code Content-Type} value names a JSON problem, parameters such as {@code charset} aside.
	 * @param contentType the header value, or {@code null} when the response has none
	 * @return whether it is {@value #MEDIA_TYPE}
	 */
	public static boolean isProblemJson(String contentType) {
		if (contentType == null) {
			return false;
		}
		int parameters = contentType.indexOf(';');
		String type = (parameters >= 0) ? contentType.substring(0, parameters) : contentType;
		return type.strip().toLowerCase(Locale.ROOT).equals(MEDIA_TYPE);
	}

	/**
	 * Read a problem from a body held as text.
	 * @param json the body; not {@code null}
	 * @param responseStatus the HTTP status of the response, used when the body has no valid {@code status}
	 * @return the problem
	 * @throws ProblemTooLargeException if the body is longer than {@link #maxBytes()} characters
	 * @throws ProblemJsonException if the body is no problem object, or neither body nor response gives a valid
	 * status
	 */
	public Problem read(String json, int responseStatus) {
		Objects.requireNonNull(json, "'json' must not be null");
		if (json.length() > this.maxBytes) {
			throw new ProblemTooLargeException(this.maxBytes);
		}
		return toProblem(StrictJsonParser.parse(json, this.maxDepth), responseStatus);
	}

	/**
	 * Read a problem from a body held as UTF-8 bytes.
	 * @param body the body; not {@code null}
	 * @param responseStatus the HTTP status of the response, used when the body has no valid {@code status}
	 * @return the problem
	 * @throws ProblemTooLargeException if the body is longer than {@link #maxBytes()}
	 * @throws ProblemJsonException if the body is not UTF-8 or no problem object, or neither body nor response
	 * gives a valid status
	 */
	public Problem read(byte[] body, int responseStatus) {
		Objects.requireNonNull(body, "'body' must not be null");
		if (body.length > this.maxBytes) {
			throw new ProblemTooLargeException(this.maxBytes);
		}
		return read(decode(body, body.length), responseStatus);
	}

	/**
	 * Read a problem from a body stream, reading at most one byte past {@link #maxBytes()}; the stream is not
	 * closed.
	 * @param body the body; not {@code null}
	 * @param responseStatus the HTTP status of the response, used when the body has no valid {@code status}
	 * @return the problem
	 * @throws IOException if the stream cannot be read
	 * @throws ProblemTooLargeException if the body is longer than {@link #maxBytes()}
	 * @throws ProblemJsonException if the body is not UTF-8 or no problem object
	 */
	public Problem read(InputStream body, int responseStatus) throws IOException {
		Objects.requireNonNull(body, "'body' must not be null");
		byte[] bytes = body.readNBytes(this.maxBytes + 1);
		if (bytes.length > this.maxBytes) {
			throw new ProblemTooLargeException(this.maxBytes);
		}
		return read(decode(bytes, bytes.length), responseStatus);
	}

	/**
	 * Read the problem of a JDK {@code HttpClient} response, if it is an error answered with
	 * {@value #MEDIA_TYPE}.
	 * @param response the response, read with {@code BodyHandlers.ofByteArray()}; not {@code null}
	 * @return the problem, or empty for a success or a body of another media type
	 * @throws ProblemJsonException if the body says it is a problem but cannot be read as one
	 */
	public Optional<Problem> read(HttpResponse<byte[]> response) {
		Objects.requireNonNull(response, "'response' must not be null");
		if (!ProblemStatus.isError(response.statusCode())
				|| !isProblemJson(response.headers().firstValue("Content-Type").orElse(null))) {
			return Optional.empty();
		}
		byte[] body = (response.body() != null) ? response.body() : new byte[0];
		return Optional.of(read(body, response.statusCode()));
	}

	private static String decode(byte[] bytes, int length) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, 0, length))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new ProblemJsonException("Problem body is not UTF-8", ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static Problem toProblem(Object document, int responseStatus) {
		if (!(document instanceof Map<?, ?> members)) {
			throw new ProblemJsonException("Problem body is not a JSON object");
		}
		try {
			// The parser keys every object by its member names.
			return ProblemDocument.toProblem((Map<String, ?>) members, responseStatus);
		}
		catch (IllegalArgumentException ex) {
			throw new ProblemJsonException(ex.getMessage());
		}
	}

}

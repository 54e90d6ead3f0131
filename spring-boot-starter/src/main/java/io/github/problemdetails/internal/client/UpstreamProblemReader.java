package io.github.problemdetails.internal.client;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;

import io.github.problemdetails.core.Problem;
import io.github.problemdetails.core.ProblemDocument;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;

/**
 * Reads an upstream's {@code application/problem+json} body with Jackson, or its {@code application/problem+xml}
 * body with the JDK's StAX parser, into core's {@link Problem}: both give their members to
 * {@link ProblemDocument}, so {@code code}, {@code errors} and members of the wrong type mean the same whatever
 * the format.
 * <p>
 * The reader is strict and bounded: a body longer than {@link #maxBytes()}, nested deeper than
 * {@value #MAX_DEPTH} levels, with a number longer than {@value #MAX_NUMBER_LENGTH} characters, a repeated member
 * name or anything after the document is refused. Its own {@link JsonMapper}, not the application's, so that an
 * application's lenient settings never reach an upstream's bytes. Thread-safe.
 */
public final class UpstreamProblemReader {

	/** Deepest nesting of JSON objects and arrays, or of XML elements. */
	static final int MAX_DEPTH = 32;

	// A number longer than this is no status, count or amount; big-number work on long digit strings is costly.
	static final int MAX_NUMBER_LENGTH = 64;

	private final int maxBytes;

	private final JsonMapper jsonMapper;

	private final ProblemXmlReader xmlReader;

	/**
	 * Create a reader.
	 * @param maxBytes the largest body to read, in bytes; positive
	 */
	public UpstreamProblemReader(int maxBytes) {
		if (maxBytes <= 0) {
			throw new IllegalArgumentException("'maxBytes' must be positive");
		}
		this.maxBytes = maxBytes;
		this.jsonMapper = strictMapper(maxBytes);
		this.xmlReader = new ProblemXmlReader(maxBytes, MAX_DEPTH);
	}

	private static JsonMapper strictMapper(int maxBytes) {
		// No string or member name can be longer than the body; the limits say so rather than leave Jackson's own.
		StreamReadConstraints constraints = StreamReadConstraints.builder()
			.maxDocumentLength(maxBytes)
			.maxNestingDepth(MAX_DEPTH)
			.maxNumberLength(MAX_NUMBER_LENGTH)
			.maxStringLength(maxBytes)
			.maxNameLength(maxBytes)
			.build();
		JsonFactory factory = JsonFactory.builder()
			.streamReadConstraints(constraints)
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
			.build();
		// Numbers with a fraction or exponent as BigDecimal, exact; whole numbers are made Long in plain().
		return JsonMapper.builder(factory)
			.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
			.build();
	}

	/**
	 * Return the largest body this reader accepts.
	 * @return the limit in bytes
	 */
	public int maxBytes() {
		return this.maxBytes;
	}

	/**
	 * Whether a response's media type is that of a problem this reader reads, parameters aside.
	 * @param contentType the media type, or {@code null} when the response has none
	 * @return whether it is {@code application/problem+json} or {@code application/problem+xml}
	 */
	static boolean isProblem(@Nullable MediaType contentType) {
		return contentType != null && (contentType.equalsTypeAndSubtype(MediaType.APPLICATION_PROBLEM_JSON)
				|| contentType.equalsTypeAndSubtype(MediaType.APPLICATION_PROBLEM_XML));
	}

	/**
	 * Read a problem.
	 * @param body the body as received
	 * @param contentType the media type of the body, one that {@link #isProblem(MediaType)} accepts
	 * @param responseStatus the HTTP status of the response, used when the body has no valid {@code status}
	 * @return the problem
	 * @throws UnreadableProblemException if the body is over a limit or not a problem of its media type
	 */
	Problem read(byte[] body, MediaType contentType, int responseStatus) throws UnreadableProblemException {
		if (contentType.equalsTypeAndSubtype(MediaType.APPLICATION_PROBLEM_XML)) {
			try {
				return this.xmlReader.read(body, responseStatus);
			}
			catch (XMLStreamException ex) {
				// The parser's exception stays behind, as Jackson's does: its message may quote the body.
				throw new UnreadableProblemException(ex.getMessage());
			}
		}
		return ProblemDocument.toProblem(readJsonObject(body), responseStatus);
	}

	private Map<String, ?> readJsonObject(byte[] body) throws UnreadableProblemException {
		Object document;
		try {
			document = this.jsonMapper.readValue(body, Object.class);
		}
		catch (JacksonException ex) {
			// Not kept as the cause: its message may quote the body, and a 502's stack trace reaches the log.
			throw new UnreadableProblemException(failure(ex));
		}
		if (!(document instanceof Map<?, ?> members)) {
			throw new UnreadableProblemException("Problem body is not a JSON object");
		}
		@SuppressWarnings("unchecked")
		Map<String, ?> result = (Map<String, ?>) plain(members);
		return result;
	}

	// The values ProblemDocument and the JDK reader use: whole numbers Long (BigInteger past its range, as Jackson
	// gives them; USE_LONG_FOR_INTS would refuse those) and unmodifiable maps and lists, so that the problem is
	// immutable all the way down. The depth is bounded by the parser.
	private static @Nullable Object plain(@Nullable Object value) {
		if (value instanceof Integer number) {
			return number.longValue();
		}
		if (value instanceof Map<?, ?> map) {
			Map<Object, @Nullable Object> members = new LinkedHashMap<>();
			map.forEach((name, member) -> members.put(name, plain(member)));
			return Collections.unmodifiableMap(members);
		}
		if (value instanceof List<?> list) {
			List<@Nullable Object> elements = new ArrayList<>(list.size());
			list.forEach((element) -> elements.add(plain(element)));
			return Collections.unmodifiableList(elements);
		}
		return value;
	}

	// Jackson's message may quote the body (a token, a number, a member name); ours says what failed and where.
	private static String failure(JacksonException ex) {
		String what = (ex instanceof StreamConstraintsException)
				? "Problem body is over a limit of the reader (size, nesting, number or string length)"
				: "Problem body is not strict JSON";
		TokenStreamLocation location = ex.getLocation();
		if (location == null || location.getLineNr() < 1) {
			return what;
		}
		return what + " at line " + location.getLineNr() + ", column " + location.getColumnNr();
	}

}

package io.github.problemdetails.internal.json;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

import io.github.problemdetails.core.FieldViolation;
import io.github.problemdetails.core.Problem;
import io.github.problemdetails.mapping.ViolationLocation;
import org.jspecify.annotations.Nullable;

/**
 * Writes a problem whose members are all plain values (strings, whole numbers, booleans, field
 * violations and lists of them; what the starter itself puts in a problem) as UTF-8 JSON
 * straight into bytes, exactly as {@link ProblemJsonWriter} writes it with Jackson, without a
 * Jackson generator, its contexts and buffers for each problem: problems are written at the rate
 * a service fails. A problem with any other value is left to Jackson, which writes it as the
 * application's mapper does.
 * <p>
 * Strings are escaped as Jackson's default JSON writer escapes them: quote, backslash and the
 * control characters below U+0020 ({@code \b \t \n \f \r} in short, the others as
 * {@code \}{@code u00XX}), a character outside the Basic Multilingual Plane as its four UTF-8
 * bytes, and a lone surrogate, which has no UTF-8 form, as {@code \}{@code uXXXX}.
 */
final class PlainProblemJson {

	private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

	// A request thread writes one problem at a time: it writes into its own buffer, and only the document's own
	// bytes are allocated per problem, not a buffer grown by copies for one with many violations. Small at first,
	// since a virtual thread serves one request and would keep a large buffer for nothing.
	private static final int SCRATCH_SIZE = 512;

	// A larger buffer that a problem with very many violations needed is not kept for the thread's later problems.
	private static final int MAX_KEPT_SIZE = 65536;

	private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[SCRATCH_SIZE]);

	private byte[] bytes;

	private int length;

	private PlainProblemJson(byte[] bytes) {
		this.bytes = bytes;
	}

	/**
	 * Whether every member of the problem is a plain value this writer writes.
	 * @param problem the problem
	 * @return whether {@link #write} can write it
	 */
	static boolean canWrite(Problem problem) {
		for (Object value : problem.extensions().values()) {
			if (!isPlain(value)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Write a problem that {@link #canWrite} accepts.
	 * @param problem the problem
	 * @param violationLocation how body violations are located
	 * @param openings the openings of the documents written before
	 * @return the JSON document
	 */
	static byte[] write(Problem problem, ViolationLocation violationLocation, ProblemOpenings openings) {
		byte[] scratch = SCRATCH.get();
		PlainProblemJson json = new PlainProblemJson(scratch);
		json.bytes(openings.of(problem));
		if (problem.detail() != null) {
			json.name("detail", true).string(problem.detail());
		}
		if (problem.instance() != null) {
			json.name("instance", true).string(problem.instance().toString());
		}
		for (Map.Entry<String, Object> member : problem.extensions().entrySet()) {
			json.name(member.getKey(), true).value(member.getValue(), violationLocation);
		}
		json.raw('}');
		if (json.bytes != scratch && json.bytes.length <= MAX_KEPT_SIZE) {
			SCRATCH.set(json.bytes);
		}
		return Arrays.copyOf(json.bytes, json.length);
	}

	/**
	 * Write the opening of a problem's document, its members up to and including {@code status}: the same for every
	 * problem of the same type, title and status.
	 * @param problem the problem
	 * @return the opening, without the separator that the next member writes
	 */
	static byte[] opening(Problem problem) {
		PlainProblemJson json = new PlainProblemJson(new byte[SCRATCH_SIZE]);
		json.raw('{');
		json.name("type", false).string(problem.type().toString());
		if (problem.title() != null) {
			json.name("title", true).string(problem.title());
		}
		json.name("status", true).number(problem.status());
		return Arrays.copyOf(json.bytes, json.length);
	}

	private static boolean isPlain(@Nullable Object value) {
		if (value instanceof FieldViolation violation) {
			return isScalar(violation.rejectedValue());
		}
		if (value instanceof Collection<?> values) {
			for (Object element : values) {
				if (!isPlain(element)) {
					return false;
				}
			}
			return true;
		}
		return isScalar(value);
	}

	private static boolean isScalar(@Nullable Object value) {
		return value == null || value instanceof String || value instanceof Integer || value instanceof Long
				|| value instanceof Boolean;
	}

	private void value(@Nullable Object value, ViolationLocation violationLocation) {
		if (value instanceof FieldViolation violation) {
			violation(violation, violationLocation);
		}
		else if (value instanceof Collection<?> values) {
			raw('[');
			boolean first = true;
			for (Object element : values) {
				if (!first) {
					raw(',');
				}
				value(element, violationLocation);
				first = false;
			}
			raw(']');
		}
		else if (value instanceof String text) {
			string(text);
		}
		else if (value instanceof Number number) {
			number(number.longValue());
		}
		else if (value instanceof Boolean flag) {
			ascii(flag.toString());
		}
		else {
			ascii("null");
		}
	}

	// Contract: a body field has "pointer", a request parameter has "parameter" instead (as ProblemJsonWriter).
	private void violation(FieldViolation violation, ViolationLocation violationLocation) {
		raw('{');
		boolean body = violation.pointer() != null;
		boolean first = true;
		if (!body) {
			name("parameter", false).nullableString(violation.parameter());
			first = false;
		}
		else if (violationLocation != ViolationLocation.FIELD || violation.field() == null) {
			name("pointer", false).nullableString(violation.pointer());
			first = false;
		}
		if (violation.field() != null && (!body || violationLocation != ViolationLocation.POINTER)) {
			name("field", !first).string(violation.field());
			first = false;
		}
		name("message", !first).nullableString(violation.message());
		if (violation.code() != null) {
			name("code", true).string(violation.code());
		}
		if (violation.rejectedValue() != null) {
			name("rejectedValue", true).value(violation.rejectedValue(), violationLocation);
		}
		raw('}');
	}

	private PlainProblemJson name(String name, boolean afterMember) {
		if (afterMember) {
			raw(',');
		}
		string(name);
		raw(':');
		return this;
	}

	private void nullableString(@Nullable String text) {
		if (text == null) {
			ascii("null");
		}
		else {
			string(text);
		}
	}

	// Room for the string as plain ASCII; a character that takes more is written after making room for the rest of
	// the string at six bytes each, the most that one character takes.
	private void string(String text) {
		ensure(text.length() + 2);
		byte[] out = this.bytes;
		int at = this.length;
		out[at++] = '"';
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
				out[at++] = (byte) c;
				continue;
			}
			this.length = at;
			ensure((text.length() - i) * 6 + 1);
			out = this.bytes;
			if (c < 0x80) {
				if (c == '"' || c == '\\') {
					out[at++] = '\\';
					out[at++] = (byte) c;
				}
				else {
					at = control(out, at, c);
				}
			}
			else if (c < 0x800) {
				out[at++] = (byte) (0xC0 | (c >> 6));
				out[at++] = (byte) (0x80 | (c & 0x3F));
			}
			else if (!Character.isSurrogate(c)) {
				out[at++] = (byte) (0xE0 | (c >> 12));
				out[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
				out[at++] = (byte) (0x80 | (c & 0x3F));
			}
			else if (Character.isHighSurrogate(c) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1))) {
				int codePoint = Character.toCodePoint(c, text.charAt(++i));
				out[at++] = (byte) (0xF0 | (codePoint >> 18));
				out[at++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
				out[at++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
				out[at++] = (byte) (0x80 | (codePoint & 0x3F));
			}
			else {
				at = unicodeEscape(out, at, c);
			}
		}
		out[at++] = '"';
		this.length = at;
	}

	private static int control(byte[] out, int at, char c) {
		char shortForm = switch (c) {
			case '\b' -> 'b';
			case '\t' -> 't';
			case '\n' -> 'n';
			case '\f' -> 'f';
			case '\r' -> 'r';
			default -> 0;
		};
		if (shortForm == 0) {
			return unicodeEscape(out, at, c);
		}
		out[at] = '\\';
		out[at + 1] = (byte) shortForm;
		return at + 2;
	}

	private static int unicodeEscape(byte[] out, int at, char c) {
		out[at] = '\\';
		out[at + 1] = 'u';
		out[at + 2] = HEX[(c >> 12) & 0xF];
		out[at + 3] = HEX[(c >> 8) & 0xF];
		out[at + 4] = HEX[(c >> 4) & 0xF];
		out[at + 5] = HEX[c & 0xF];
		return at + 6;
	}

	private void number(long number) {
		ascii(Long.toString(number));
	}

	private void ascii(String text) {
		ensure(text.length());
		for (int i = 0; i < text.length(); i++) {
			this.bytes[this.length++] = (byte) text.charAt(i);
		}
	}

	private void bytes(byte[] written) {
		ensure(written.length);
		System.arraycopy(written, 0, this.bytes, this.length, written.length);
		this.length += written.length;
	}

	private void raw(char c) {
		ensure(1);
		this.bytes[this.length++] = (byte) c;
	}

	private void ensure(int more) {
		if (this.length + more > this.bytes.length) {
			this.bytes = Arrays.copyOf(this.bytes, Math.max(this.bytes.length * 2, this.length + more));
		}
	}

}

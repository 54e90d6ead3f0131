package io.github.problemdetails.reader;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict RFC 8259 parser of one JSON text into plain Java values: objects become unmodifiable ordered maps,
 * arrays unmodifiable lists, numbers {@code Long}, {@code BigInteger} or {@code BigDecimal}, and {@code null}
 * becomes {@code null}. No comments, trailing commas, single quotes, leading zeros, raw control characters or
 * duplicate member names. Nesting is bounded so that a hostile body cannot exhaust the stack; the input itself is
 * bounded by the caller.
 */
final class StrictJsonParser {

	// A number longer than this is no status, count or amount; BigDecimal work on huge digit strings is costly.
	private static final int MAX_NUMBER_LENGTH = 64;

	private final String text;

	private final int maxDepth;

	private int position;

	private StrictJsonParser(String text, int maxDepth) {
		this.text = text;
		this.maxDepth = maxDepth;
	}

	static Object parse(String text, int maxDepth) {
		StrictJsonParser parser = new StrictJsonParser(text, maxDepth);
		// RFC 8259 section 8.1: parsers may ignore a byte order mark.
		if (text.startsWith("\uFEFF")) {
			parser.position = 1;
		}
		parser.skipWhitespace();
		Object value = parser.value(0);
		parser.skipWhitespace();
		if (parser.position != text.length()) {
			throw parser.error("unexpected content after the JSON value");
		}
		return value;
	}

	private Object value(int depth) {
		if (this.position >= this.text.length()) {
			throw error("unexpected end of input");
		}
		char c = this.text.charAt(this.position);
		return switch (c) {
			case '{' -> object(depth + 1);
			case '[' -> array(depth + 1);
			case '"' -> string();
			case 't' -> literal("true", Boolean.TRUE);
			case 'f' -> literal("false", Boolean.FALSE);
			case 'n' -> literal("null", null);
			default -> {
				if (c == '-' || (c >= '0' && c <= '9')) {
					yield number();
				}
				throw error("unexpected character");
			}
		};
	}

	private Map<String, Object> object(int depth) {
		checkDepth(depth);
		this.position++;
		Map<String, Object> members = new LinkedHashMap<>();
		skipWhitespace();
		if (peek() == '}') {
			this.position++;
			return Collections.unmodifiableMap(members);
		}
		while (true) {
			skipWhitespace();
			if (peek() != '"') {
				throw error("expected a member name");
			}
			int nameStart = this.position;
			String name = string();
			if (members.containsKey(name)) {
				this.position = nameStart;
				throw error("duplicate member name");
			}
			skipWhitespace();
			expect(':');
			skipWhitespace();
			members.put(name, value(depth));
			skipWhitespace();
			char next = peek();
			this.position++;
			if (next == '}') {
				return Collections.unmodifiableMap(members);
			}
			if (next != ',') {
				this.position--;
				throw error("expected ',' or '}'");
			}
		}
	}

	private List<Object> array(int depth) {
		checkDepth(depth);
		this.position++;
		List<Object> elements = new ArrayList<>();
		skipWhitespace();
		if (peek() == ']') {
			this.position++;
			return Collections.unmodifiableList(elements);
		}
		while (true) {
			skipWhitespace();
			elements.add(value(depth));
			skipWhitespace();
			char next = peek();
			this.position++;
			if (next == ']') {
				return Collections.unmodifiableList(elements);
			}
			if (next != ',') {
				this.position--;
				throw error("expected ',' or ']'");
			}
		}
	}

	private String string() {
		expect('"');
		StringBuilder value = new StringBuilder();
		while (true) {
			if (this.position >= this.text.length()) {
				throw error("unterminated string");
			}
			char c = this.text.charAt(this.position++);
			if (c == '"') {
				return value.toString();
			}
			if (c == '\\') {
				value.append(escape());
			}
			else if (c < 0x20) {
				this.position--;
				throw error("control character in string");
			}
			else {
				value.append(c);
			}
		}
	}

	private char escape() {
		if (this.position >= this.text.length()) {
			throw error("unterminated escape");
		}
		char c = this.text.charAt(this.position++);
		return switch (c) {
			case '"' -> '"';
			case '\\' -> '\\';
			case '/' -> '/';
			case 'b' -> '\b';
			case 'f' -> '\f';
			case 'n' -> '\n';
			case 'r' -> '\r';
			case 't' -> '\t';
			case 'u' -> unicodeEscape();
			default -> {
				this.position--;
				throw error("invalid escape");
			}
		};
	}

	private char unicodeEscape() {
		if (this.position + 4 > this.text.length()) {
			throw error("truncated unicode escape");
		}
		int code = 0;
		for (int i = 0; i < 4; i++) {
			int digit = Character.digit(this.text.charAt(this.position + i), 16);
			if (digit < 0) {
				throw error("invalid unicode escape");
			}
			code = (code << 4) | digit;
		}
		this.position += 4;
		return (char) code;
	}

	// RFC 8259 section 6: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
	private Number number() {
		int start = this.position;
		if (peek() == '-') {
			this.position++;
		}
		if (peek() == '0') {
			this.position++;
			if (isDigit(peek())) {
				throw error("leading zero in number");
			}
		}
		else {
			digits();
		}
		boolean integral = true;
		if (peek() == '.') {
			this.position++;
			digits();
			integral = false;
		}
		if (peek() == 'e' || peek() == 'E') {
			this.position++;
			if (peek() == '+' || peek() == '-') {
				this.position++;
			}
			digits();
			integral = false;
		}
		if (this.position - start > MAX_NUMBER_LENGTH) {
			this.position = start;
			throw error("number longer than " + MAX_NUMBER_LENGTH + " characters");
		}
		String literal = this.text.substring(start, this.position);
		if (!integral) {
			return new BigDecimal(literal);
		}
		BigInteger value = new BigInteger(literal);
		return (value.bitLength() < Long.SIZE) ? (Number) value.longValue() : value;
	}

	private void digits() {
		if (!isDigit(peek())) {
			throw error("expected a digit");
		}
		while (isDigit(peek())) {
			this.position++;
		}
	}

	private Object literal(String word, Object value) {
		if (!this.text.startsWith(word, this.position)) {
			throw error("unexpected character");
		}
		this.position += word.length();
		return value;
	}

	private void checkDepth(int depth) {
		if (depth > this.maxDepth) {
			throw error("nested deeper than " + this.maxDepth + " levels");
		}
	}

	private void expect(char expected) {
		if (peek() != expected) {
			throw error("expected '" + expected + "'");
		}
		this.position++;
	}

	// A NUL stands for the end of input: it can never be valid where peek() is used, since raw control
	// characters are only ever read inside strings, which do not peek.
	private char peek() {
		return (this.position < this.text.length()) ? this.text.charAt(this.position) : '\0';
	}

	private void skipWhitespace() {
		while (this.position < this.text.length()) {
			char c = this.text.charAt(this.position);
			if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
				return;
			}
			this.position++;
		}
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	// The message gives the offset only: the body is the upstream's and must not reach a log unbounded.
	private ProblemJsonException error(String reason) {
		return new ProblemJsonException("Malformed problem JSON at offset " + this.position + ": " + reason);
	}

}

package io.github.problemdetails.core.exception;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.github.problemdetails.core.ProblemMembers;
import io.github.problemdetails.core.ProblemStatus;

/**
 * An exception that answers the current request with an RFC 9457 problem: it carries the HTTP status, the type
 * slug, the title and detail, an optional machine-readable {@code code}, extension members and response headers.
 * <p>
 * The {@code type} is a kebab-case slug such as {@code not-found}, which the starter appends to its configured
 * base URI, or an absolute URI used as is. Client errors (4xx) are expected outcomes and do not capture a stack
 * trace unless the {@value #STACK_TRACE_PROPERTY} system property is {@code true}; server errors (5xx) always do.
 * <p>
 * {@link #getDetail()} is what a client may read; {@link #getMessage()} is the text for logs. For a client error
 * both are the detail given. For a server error the text given is the message only, for the logs, and the detail
 * is {@code null}: the contract answers every 5xx with a generic detail, since the explanation of a server failure
 * is written for the operators. Without a text, the message is the title.
 * <p>
 * The class is not final: extend it, or one of its typed subclasses, for domain failures. The fluent
 * {@code with...} methods are meant to be called right after construction, before the exception is thrown; each
 * typed subclass returns its own type from them. The exception is not thread-safe while being configured.
 */
public class ProblemException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * Name of the system property that, when {@code true}, makes 4xx exceptions capture a stack trace; a debugging
	 * switch, read when each exception is created.
	 */
	public static final String STACK_TRACE_PROPERTY = "problemdetails.stacktraces";

	private final int status;

	private final String type;

	private final String title;

	private final String detail;

	private String code;

	private List<Object> detailArguments = List.of();

	private final Map<String, Object> extensions = new LinkedHashMap<>();

	private final Map<String, String> headers = new LinkedHashMap<>();

	/**
	 * Create an exception for a problem with the given status, type, title and detail.
	 * @param status the HTTP status, between 400 and 599
	 * @param type the type slug, such as {@code not-found}, or an absolute URI; not {@code null} or blank
	 * @param title the short summary, the same for every occurrence of the type; not {@code null}
	 * @param detail the explanation of this occurrence, or {@code null} for none; for a server error (5xx) the
	 * explanation for the logs only
	 * @throws IllegalArgumentException if the status is out of range or the type is blank
	 */
	public ProblemException(int status, String type, String title, String detail) {
		this(status, type, title, detail, null);
	}

	/**
	 * Create an exception for a problem with the given status, type, title, detail and cause.
	 * @param status the HTTP status, between 400 and 599
	 * @param type the type slug, such as {@code not-found}, or an absolute URI; not {@code null} or blank
	 * @param title the short summary, the same for every occurrence of the type; not {@code null}
	 * @param detail the explanation of this occurrence, or {@code null} for none; for a server error (5xx) the
	 * explanation for the logs only
	 * @param cause the underlying failure, or {@code null} for none
	 * @throws IllegalArgumentException if the status is out of range or the type is blank
	 */
	public ProblemException(int status, String type, String title, String detail, Throwable cause) {
		super(messageOf(checkStatus(status), type, title, detail), cause, true, isStackTraceWritable(status));
		this.status = status;
		this.type = type;
		this.title = title;
		this.detail = ProblemStatus.isServerError(status) ? null : detail;
	}

	private static int checkStatus(int status) {
		if (!ProblemStatus.isError(status)) {
			throw new IllegalArgumentException("'status' must be between 400 and 599");
		}
		return status;
	}

	private static String messageOf(int status, String type, String title, String detail) {
		Objects.requireNonNull(type, "'type' must not be null");
		if (type.isBlank()) {
			throw new IllegalArgumentException("'type' must not be blank");
		}
		Objects.requireNonNull(title, "'title' must not be null");
		return (detail != null) ? detail : title;
	}

	// 4xx are expected outcomes: skipping the stack trace makes them cheap to throw.
	private static boolean isStackTraceWritable(int status) {
		return status >= 500 || Boolean.getBoolean(STACK_TRACE_PROPERTY);
	}

	/**
	 * Return the HTTP status of the problem.
	 * @return the status, between 400 and 599
	 */
	public int getStatus() {
		return this.status;
	}

	/**
	 * Return the problem type: a kebab-case slug or an absolute URI.
	 * @return the type; never {@code null}
	 */
	public String getType() {
		return this.type;
	}

	/**
	 * Return the short, human-readable summary of the problem type.
	 * @return the title; never {@code null}
	 */
	public String getTitle() {
		return this.title;
	}

	/**
	 * Return the human-readable explanation of this occurrence, for the client.
	 * @return the detail, or {@code null} when none was given and always for a server error (5xx)
	 */
	public String getDetail() {
		return this.detail;
	}

	/**
	 * Return the machine-readable error code sent as the {@code code} member.
	 * @return the code, such as {@code USER_EMAIL_TAKEN}, or {@code null} when none was set
	 */
	public String getCode() {
		return this.code;
	}

	/**
	 * Return the extension members to add to the problem, in the order they were added.
	 * @return an unmodifiable view of the extension members; empty when there are none
	 */
	public Map<String, Object> getExtensions() {
		return Collections.unmodifiableMap(this.extensions);
	}

	/**
	 * Return the HTTP headers to send with the problem response, in the order they were added.
	 * @return an unmodifiable view of header name to value; empty when there are none
	 */
	public Map<String, String> getHeaders() {
		return Collections.unmodifiableMap(this.headers);
	}

	/**
	 * Return the arguments of a localised detail: the values that a {@code MessageSource} message for this
	 * problem's type may use as {@code {0}}, {@code {1}}, and so on.
	 * @return an unmodifiable list, empty when there are none
	 */
	public List<Object> getDetailArguments() {
		return this.detailArguments;
	}

	/**
	 * Set the arguments of a localised detail.
	 * @param arguments the arguments, in order; none may be {@code null}
	 * @return this exception
	 */
	public ProblemException withDetailArguments(Object... arguments) {
		putDetailArguments(arguments);
		return this;
	}

	/**
	 * Set the machine-readable error code sent as the {@code code} member.
	 * @param code the code in UPPER_SNAKE_CASE, such as {@code USER_EMAIL_TAKEN}; not {@code null}
	 * @return this exception
	 * @throws IllegalArgumentException if the code is not UPPER_SNAKE_CASE
	 */
	public ProblemException withCode(String code) {
		Objects.requireNonNull(code, "'code' must not be null");
		if (!isUpperSnakeCase(code)) {
			throw new IllegalArgumentException("'code' must be UPPER_SNAKE_CASE: " + code);
		}
		this.code = code;
		return this;
	}

	/**
	 * Add an extension member to the problem, replacing any earlier value of the same name.
	 * @param name the member name; not {@code null}, not one of {@link ProblemMembers#STANDARD} and not one of
	 * {@link ProblemMembers#WRITTEN_BY_STARTER}
	 * @param value the member value; not {@code null}
	 * @return this exception
	 * @throws IllegalArgumentException if the name is a standard or reserved member
	 */
	public ProblemException withExtension(String name, Object value) {
		putExtension(name, value);
		return this;
	}

	/**
	 * Add an HTTP header to send with the problem response, replacing any earlier value of the same name.
	 * @param name the header name; not {@code null}
	 * @param value the header value; not {@code null}
	 * @return this exception
	 * @throws IllegalArgumentException if the name or value contains a CR or LF character
	 */
	public ProblemException withHeader(String name, String value) {
		putHeader(name, value);
		return this;
	}

	// Subclass constructors use these rather than the overridable with... methods.
	final void putExtension(String name, Object value) {
		Objects.requireNonNull(name, "'name' must not be null");
		Objects.requireNonNull(value, "'value' must not be null");
		if (ProblemMembers.STANDARD.contains(name)) {
			throw new IllegalArgumentException("'name' must not be a standard member: " + name);
		}
		if (ProblemMembers.WRITTEN_BY_STARTER.contains(name)) {
			throw new IllegalArgumentException("'name' must not be a member reserved for the starter: " + name);
		}
		this.extensions.put(name, value);
	}

	final void putDetailArguments(Object... arguments) {
		this.detailArguments = List.of(arguments);
	}

	final void putHeader(String name, String value) {
		Objects.requireNonNull(name, "'name' must not be null");
		Objects.requireNonNull(value, "'value' must not be null");
		// A CR or LF would let the value start a new header or the body: header injection.
		if (containsLineBreak(name)) {
			throw new IllegalArgumentException("'name' must not contain CR or LF");
		}
		if (containsLineBreak(value)) {
			throw new IllegalArgumentException("'value' must not contain CR or LF");
		}
		this.headers.put(name, value);
	}

	private static boolean isUpperSnakeCase(String code) {
		if (code.isEmpty() || !isUpperLetter(code.charAt(0))) {
			return false;
		}
		for (int i = 1; i < code.length(); i++) {
			char c = code.charAt(i);
			if (!isUpperLetter(c) && !(c >= '0' && c <= '9') && c != '_') {
				return false;
			}
		}
		return true;
	}

	private static boolean isUpperLetter(char c) {
		return c >= 'A' && c <= 'Z';
	}

	private static boolean containsLineBreak(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\r' || c == '\n') {
				return true;
			}
		}
		return false;
	}

}

package io.github.problemdetails.test;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.assertj.core.api.AbstractObjectAssert;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Assertions on a response that should be a problem: its headers, that it gives nothing away,
 * and {@link #isProblem()}, which checks that it is one and leads to the assertions on its
 * members.
 */
public class ProblemResponseAssert extends AbstractObjectAssert<ProblemResponseAssert, RecordedResponse> {

	static final String PROBLEM_JSON = "application/problem+json";

	private static final String WWW_AUTHENTICATE = "WWW-Authenticate";

	private static final String ALLOW = "Allow";

	private static final String RETRY_AFTER = "Retry-After";

	/**
	 * Create assertions on a response.
	 * @param actual the response
	 */
	public ProblemResponseAssert(RecordedResponse actual) {
		super(actual, ProblemResponseAssert.class);
	}

	/**
	 * Verify that the response is an RFC 9457 problem: {@code Content-Type:
	 * application/problem+json} without parameters, as RFC 9457 §6.1 registers it (when the
	 * response is known), a JSON object with a non-blank {@code type} and {@code title} and a
	 * numeric {@code status} equal to the response's status (when known).
	 * @return assertions on the problem's members
	 */
	public ProblemAssert isProblem() {
		isNotNull();
		String contentType = this.actual.contentType();
		if (this.actual.status() != null && !PROBLEM_JSON.equalsIgnoreCase(contentType)) {
			failWithMessage("%nExpecting a response with Content-Type %s but was <%s>, status %s, body:%n%s",
					PROBLEM_JSON, contentType, this.actual.status(), this.actual.body());
		}
		JsonNode problem;
		try {
			problem = JsonMapper.shared().readTree(this.actual.body());
		}
		catch (JacksonException ex) {
			problem = null;
		}
		if (problem == null || !problem.isObject()) {
			failWithMessage("%nExpecting a problem body (a JSON object) but was:%n%s", this.actual.body());
			throw new IllegalStateException("unreachable");
		}
		ProblemAssert assertion = new ProblemAssert(problem, this.actual);
		assertion.hasStandardMembers();
		if (this.actual.status() != null) {
			assertion.hasStatus(this.actual.status());
		}
		return assertion;
	}

	/**
	 * Verify the {@code Content-Type} as sent, such as {@code application/problem+xml} for a
	 * client that prefers XML.
	 * @param contentType the expected value
	 * @return this
	 */
	public ProblemResponseAssert hasContentType(String contentType) {
		isResponse();
		if (!contentType.equalsIgnoreCase(this.actual.contentType())) {
			failWithResponse("to have Content-Type <%s> but was <%s>", contentType, this.actual.contentType());
		}
		return this;
	}

	/**
	 * Verify every value of a response header.
	 * @param name the header name
	 * @param values the expected values, in the order sent; one for a header sent once
	 * @return this
	 */
	public ProblemResponseAssert hasHeader(String name, String... values) {
		isResponse();
		if (values.length == 0) {
			throw new IllegalArgumentException("'values' must not be empty; use doesNotHaveHeader for none");
		}
		List<String> actualValues = this.actual.headerValues(name);
		if (!actualValues.equals(List.of(values))) {
			failWithResponse("to have header %s: %s but was %s", name, describe(List.of(values)),
					describe(actualValues));
		}
		return this;
	}

	/**
	 * Verify that a response header is absent.
	 * @param name the header name
	 * @return this
	 */
	public ProblemResponseAssert doesNotHaveHeader(String name) {
		isResponse();
		List<String> actualValues = this.actual.headerValues(name);
		if (!actualValues.isEmpty()) {
			failWithResponse("not to have header %s but was %s", name, describe(actualValues));
		}
		return this;
	}

	/**
	 * Verify the challenges of {@code WWW-Authenticate} (RFC 9110 §11.6.1), as a 401 sends them.
	 * @param challenges the expected challenges, one per header value, such as
	 * {@code Basic realm="api"} or {@code Bearer}
	 * @return this
	 */
	public ProblemResponseAssert hasChallenge(String... challenges) {
		return hasHeader(WWW_AUTHENTICATE, challenges);
	}

	/**
	 * Verify the methods of {@code Allow} (RFC 9110 §10.2.1), as a 405 sends them, in any order.
	 * @param methods the expected methods, such as {@code GET}
	 * @return this
	 */
	public ProblemResponseAssert hasAllowedMethods(String... methods) {
		isResponse();
		if (methods.length == 0) {
			throw new IllegalArgumentException("'methods' must not be empty");
		}
		// One header value may list several methods, and a response may send the header more than once.
		Set<String> allowed = new LinkedHashSet<>();
		for (String value : this.actual.headerValues(ALLOW)) {
			Arrays.stream(value.split(",")).map(String::strip).filter((method) -> !method.isEmpty())
				.forEach(allowed::add);
		}
		if (!allowed.equals(Set.of(methods))) {
			failWithResponse("to allow exactly the methods %s but Allow was %s", List.of(methods),
					describe(this.actual.headerValues(ALLOW)));
		}
		return this;
	}

	/**
	 * Verify {@code Retry-After} (RFC 9110 §10.2.3) in seconds, as a 429 or 503 sends it.
	 * @param seconds the expected delay
	 * @return this
	 */
	public ProblemResponseAssert hasRetryAfter(long seconds) {
		return hasRetryAfterBetween(seconds, seconds);
	}

	/**
	 * Verify that {@code Retry-After} is a delay in seconds within a range, for a delay that
	 * depends on when the request came.
	 * @param minSeconds the shortest expected delay
	 * @param maxSeconds the longest expected delay
	 * @return this
	 */
	public ProblemResponseAssert hasRetryAfterBetween(long minSeconds, long maxSeconds) {
		isResponse();
		List<String> values = this.actual.headerValues(RETRY_AFTER);
		long seconds = (values.size() == 1 && values.get(0).matches("[0-9]{1,18}")) ? Long.parseLong(values.get(0))
				: -1;
		if (seconds < minSeconds || seconds > maxSeconds) {
			String range = (minSeconds != maxSeconds) ? minSeconds + " to " + maxSeconds : String.valueOf(minSeconds);
			failWithResponse("to have Retry-After of %s seconds but was %s", range, describe(values));
		}
		return this;
	}

	/**
	 * Verify that the body gives nothing away: no stack trace, no exception class or framework
	 * package name, no SQL and no parser message (one list, matched ignoring case), nor any of
	 * the given secrets. Applies to any response, a problem or not.
	 * @param secrets further texts that must not appear, ignoring case, such as the message of
	 * the exception that caused the response
	 * @return this
	 */
	public ProblemResponseAssert doesNotLeak(String... secrets) {
		isNotNull();
		List<String> found = Leaks.in(this.actual.body(), secrets);
		if (!found.isEmpty()) {
			failWithMessage("%nExpecting a response that gives nothing away, but it contains %s:%n%s", found,
					this.actual.body());
		}
		return this;
	}

	private void isResponse() {
		isNotNull();
		if (this.actual.status() == null) {
			failWithMessage("%nExpecting a response, but only a body is known:%n%s", this.actual.body());
		}
	}

	private void failWithResponse(String expectation, Object... arguments) {
		failWithMessage("%nExpecting response " + String.format(expectation, arguments).replace("%", "%%")
				+ " (status %s), body:%n%s", this.actual.status(), this.actual.body());
	}

	// Each value quoted: one value that lists several items reads apart from several values.
	private static String describe(List<String> values) {
		return values.isEmpty() ? "absent"
				: values.stream().map((value) -> "\"" + value + "\"").collect(Collectors.joining(", ", "[", "]"));
	}

}

package io.github.problemdetails.test;

import org.assertj.core.api.AbstractObjectAssert;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Assertions on a response that should be a problem; {@link #isProblem()} checks that it is one
 * and leads to the assertions on its members.
 */
public class ProblemResponseAssert extends AbstractObjectAssert<ProblemResponseAssert, RecordedResponse> {

	static final String PROBLEM_JSON = "application/problem+json";

	/**
	 * Create assertions on a response.
	 * @param actual the response
	 */
	public ProblemResponseAssert(RecordedResponse actual) {
		super(actual, ProblemResponseAssert.class);
	}

	/**
	 * Verify that the response is an RFC 9457 problem: {@code Content-Type:
	 * application/problem+json} (when known), a JSON object with {@code type}, {@code title} and
	 * a numeric {@code status} equal to the response's status (when known).
	 * @return assertions on the problem's members
	 */
	public ProblemAssert isProblem() {
		isNotNull();
		String contentType = this.actual.contentType();
		if (this.actual.status() != null && (contentType == null || !contentType.startsWith(PROBLEM_JSON))) {
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

}

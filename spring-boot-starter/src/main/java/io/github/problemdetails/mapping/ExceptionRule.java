package io.github.problemdetails.mapping;

/**
 * How one family of exceptions becomes a problem. The rule for an exception class is chosen
 * once and cached with the class, so a rule must not keep references to application state
 * (such as beans): the cache may outlive an application context, for example across DevTools
 * restarts. Capture plain values instead.
 *
 * <p>The detail of a draft is sent to the client as it is: a rule writes it from fixed text and
 * names that are safe to show, never from an exception's message for a 5xx (contract: a 5xx
 * detail is a generic sentence), and leaves it {@code null} to use the status's default.
 */
@FunctionalInterface
public interface ExceptionRule {

	/**
	 * Describe the given exception as a problem draft.
	 * @param exception the exception to describe
	 * @param request the failed request
	 * @return the draft
	 */
	ProblemDraft describe(Throwable exception, ProblemRequest request);

}

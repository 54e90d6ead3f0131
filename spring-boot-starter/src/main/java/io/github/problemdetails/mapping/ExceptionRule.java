package io.github.problemdetails.mapping;

/**
 * How one family of exceptions becomes a problem. Rules are chosen once per exception class
 * and must not keep references to application state, because the per-class cache may outlive
 * an application context (for example across DevTools restarts).
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
	 * @param settings the engine's settings
	 * @param request the failed request
	 * @return the draft
	 */
	ProblemDraft describe(Throwable exception, MappingSettings settings, ProblemRequest request);

}

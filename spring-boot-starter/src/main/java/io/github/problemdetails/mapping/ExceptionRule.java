package io.github.problemdetails.mapping;

/**
 * How one family of exceptions becomes a problem. Rules are chosen once per exception class
 * and must not keep references to application state, because the per-class cache may outlive
 * an application context (for example across DevTools restarts).
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

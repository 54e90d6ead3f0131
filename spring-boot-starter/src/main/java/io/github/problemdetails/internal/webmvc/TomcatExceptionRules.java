package io.github.problemdetails.internal.webmvc;

import java.util.Map;

import io.github.problemdetails.core.ProblemStatus;
import io.github.problemdetails.mapping.ExceptionRule;
import io.github.problemdetails.mapping.ExceptionRuleSet;
import io.github.problemdetails.mapping.ProblemDraft;
import org.apache.tomcat.util.http.InvalidParameterException;


/**
 * Rules for what Tomcat throws while it reads a request for the application: parameters it
 * refuses to parse (too many, a form body over {@code server.tomcat.max-http-form-post-size},
 * malformed encoding) carry the status Tomcat chose, 400 or 413.
 */
public class TomcatExceptionRules implements ExceptionRuleSet {

	private static final ExceptionRule INVALID_PARAMETERS = (exception, request) -> {
		int status = ((InvalidParameterException) exception).getErrorCode();
		return ProblemDraft.ofStatus(ProblemStatus.isClientError(status) ? status : 400);
	};

	@Override
	public Map<Class<? extends Throwable>, ExceptionRule> rules() {
		return Map.of(InvalidParameterException.class, INVALID_PARAMETERS);
	}

}

package io.github.problemdetails.internal.webmvc;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * A request attribute that an integration works out when a request fails, for the mapping
 * engine to read like any other attribute, instead of setting it on every request: what is
 * needed only to answer a failure then costs a request that does not fail nothing. The
 * request's own attribute of the same name, if set, comes first.
 */
public interface FailureTimeAttribute {

	/**
	 * The attribute's name.
	 * @return the name under which the engine reads it
	 */
	String name();

	/**
	 * The attribute's value for a failed request.
	 * @param request the request that failed
	 * @return the value, or {@code null} if the request has none
	 */
	@Nullable Object valueFor(HttpServletRequest request);

}

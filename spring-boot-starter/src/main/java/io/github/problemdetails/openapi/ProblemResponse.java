package io.github.problemdetails.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a handler method (or every handler method of a controller) may answer with
 * the problem that an exception is mapped to, when the exception is unchecked and so not in
 * the method's {@code throws} clause. The OpenAPI document then lists that problem, with an
 * example, and the problem type catalogue describes it.
 *
 * <p>Needs nothing but the starter: springdoc-openapi reads it when present.
 *
 * <pre class="code">
 * &#064;GetMapping("/orders/{id}")
 * &#064;ProblemResponse(NotFoundException.class)
 * Order order(&#064;PathVariable long id) { ... }
 * </pre>
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Repeatable(ProblemResponses.class)
public @interface ProblemResponse {

	/**
	 * The exception that the operation may throw; its problem is the one the application's
	 * mapping gives it (typed exception, configured mapping or built-in rule).
	 * @return the exception class
	 */
	Class<? extends Throwable> value();

}

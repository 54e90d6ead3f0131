package io.github.problemdetails.internal.openapi;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.problemdetails.core.ProblemMembers;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Schema;

/**
 * The schema of a problem (RFC 9457 §3 and the contract's members) and of one violation in its
 * {@code errors}, registered once in the document's components.
 */
public final class ProblemSchemas {

	/** Name of the problem schema in the document's components. */
	public static final String PROBLEM = "Problem";

	/** Name of the violation schema in the document's components. */
	public static final String VIOLATION = "ProblemViolation";

	/** Reference to the problem schema. */
	public static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;

	private static final String VIOLATION_REF = "#/components/schemas/" + VIOLATION;

	private final String traceIdMember;

	/**
	 * Create the schemas.
	 * @param traceIdMember name of the trace-ID member, as configured
	 */
	public ProblemSchemas(String traceIdMember) {
		this.traceIdMember = traceIdMember;
	}

	/**
	 * Add both schemas to the components, unless schemas of these names are there already.
	 * @param components the document's components
	 */
	public void registerIn(Components components) {
		if (components.getSchemas() == null || !components.getSchemas().containsKey(PROBLEM)) {
			components.addSchemas(PROBLEM, problem());
		}
		if (!components.getSchemas().containsKey(VIOLATION)) {
			components.addSchemas(VIOLATION, violation());
		}
	}

	/**
	 * The problem schema: extension members are allowed (RFC 9457 §3.2).
	 * @return the schema
	 */
	public Schema<Object> problem() {
		Schema<Object> schema = typed("object").description("RFC 9457 problem details, with the trace ID of the "
				+ "request; clients switch on \"type\" or \"code\".");
		schema.addProperty("type", typed("string").format("uri-reference")
			.description("URI reference that identifies the problem type; resolves to its documentation."));
		schema.addProperty("title", typed("string").description("Short summary of the problem type."));
		schema.addProperty("status", typed("integer").format("int32")
			.description("HTTP status, the same as the response's."));
		schema.addProperty("detail", typed("string").description("Explanation of this occurrence."));
		schema.addProperty("instance", typed("string").format("uri-reference")
			.description("Path of the request that failed."));
		schema.addProperty(this.traceIdMember, typed("string").description("Trace ID of the request; quote it "
				+ "when you report a problem."));
		schema.addProperty(ProblemMembers.CODE, typed("string").description("Machine-readable error code."));
		Schema<Object> errors = typed("array").description("Each invalid value of a validation problem.");
		errors.items(new Schema<>().$ref(VIOLATION_REF));
		schema.addProperty(ProblemMembers.ERRORS, errors);
		schema.addProperty(ProblemMembers.ERROR_COUNT, typed("integer").format("int32")
			.description("Number of invalid values, when there are more than \"errors\" lists."));
		schema.required(List.of("type", "title", "status"));
		schema.additionalProperties(true);
		return schema;
	}

	/**
	 * The schema of one violation in a validation problem's {@code errors}.
	 * @return the schema
	 */
	public Schema<Object> violation() {
		Schema<Object> schema = typed("object").description("One invalid value: where it is and what is wrong.");
		schema.addProperty("pointer", typed("string").description("JSON Pointer (RFC 6901) into the request body."));
		schema.addProperty("parameter", typed("string").description("Name of the invalid query or path parameter."));
		schema.addProperty("field", typed("string").description("Property path of the invalid value."));
		schema.addProperty("message", typed("string").description("What is wrong, for people."));
		schema.addProperty(ProblemMembers.CODE, typed("string").description("Name of the violated constraint."));
		schema.addProperty("rejectedValue", new Schema<>().description("The rejected value, when configured."));
		schema.required(List.of("message"));
		return schema;
	}

	// Both spellings: "type" for OpenAPI 3.0 documents, "types" for 3.1 ones.
	private static Schema<Object> typed(String type) {
		Schema<Object> schema = new Schema<>();
		schema.type(type);
		schema.types(new LinkedHashSet<>(Set.of(type)));
		return schema;
	}

}

package io.github.problemdetails.internal.json;

import java.io.ByteArrayOutputStream;
import java.util.Collection;
import java.util.Map;

import io.github.problemdetails.core.FieldViolation;
import io.github.problemdetails.core.Problem;
import io.github.problemdetails.mapping.ViolationLocation;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link Problem} as an RFC 9457 JSON object: the standard members first, then the
 * extension members in their order. The members are written by hand, so an application's
 * naming strategy or inclusion settings cannot rename or drop them; extension values that are
 * not ours are written by the application's {@link JsonMapper}, as it writes its own types. A
 * problem of plain values only, as most are, is written without a Jackson generator
 * ({@link PlainProblemJson}).
 */
public class ProblemJsonWriter {

	private static final int INITIAL_BUFFER_SIZE = 512;

	private final JsonMapper jsonMapper;

	private final ViolationLocation violationLocation;

	private final ProblemOpenings openings = new ProblemOpenings();

	/**
	 * Create a writer that locates body violations by pointer and field.
	 * @param jsonMapper the mapper for extension values of application types
	 */
	public ProblemJsonWriter(JsonMapper jsonMapper) {
		this(jsonMapper, ViolationLocation.BOTH);
	}

	/**
	 * Create a writer.
	 * @param jsonMapper the mapper for extension values of application types
	 * @param violationLocation how body violations are located
	 */
	public ProblemJsonWriter(JsonMapper jsonMapper, ViolationLocation violationLocation) {
		this.jsonMapper = jsonMapper;
		this.violationLocation = violationLocation;
	}

	/**
	 * Serialize the problem as UTF-8 JSON.
	 * @param problem the problem
	 * @return the JSON document
	 */
	public byte[] toBytes(Problem problem) {
		if (PlainProblemJson.canWrite(problem)) {
			return PlainProblemJson.write(problem, this.violationLocation, this.openings);
		}
		return withJackson(problem);
	}

	// The same document as PlainProblemJson writes, for problems with values of the application's types.
	byte[] withJackson(Problem problem) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(INITIAL_BUFFER_SIZE);
		try (JsonGenerator generator = this.jsonMapper.createGenerator(out)) {
			generator.writeStartObject();
			generator.writeStringProperty("type", problem.type().toString());
			if (problem.title() != null) {
				generator.writeStringProperty("title", problem.title());
			}
			generator.writeNumberProperty("status", problem.status());
			if (problem.detail() != null) {
				generator.writeStringProperty("detail", problem.detail());
			}
			if (problem.instance() != null) {
				generator.writeStringProperty("instance", problem.instance().toString());
			}
			for (Map.Entry<String, Object> member : problem.extensions().entrySet()) {
				generator.writeName(member.getKey());
				writeValue(generator, member.getValue());
			}
			generator.writeEndObject();
		}
		return out.toByteArray();
	}

	private void writeValue(JsonGenerator generator, Object value) {
		if (value instanceof String text) {
			generator.writeString(text);
		}
		else if (value instanceof FieldViolation violation) {
			writeViolation(generator, violation);
		}
		else if (value instanceof Collection<?> values) {
			generator.writeStartArray();
			for (Object element : values) {
				writeValue(generator, element);
			}
			generator.writeEndArray();
		}
		else {
			generator.writePOJO(value);
		}
	}

	// Contract: a body field has "pointer", a request parameter has "parameter" instead.
	private void writeViolation(JsonGenerator generator, FieldViolation violation) {
		generator.writeStartObject();
		boolean body = violation.pointer() != null;
		if (!body) {
			generator.writeStringProperty("parameter", violation.parameter());
		}
		else if (this.violationLocation != ViolationLocation.FIELD || violation.field() == null) {
			generator.writeStringProperty("pointer", violation.pointer());
		}
		if (violation.field() != null && (!body || this.violationLocation != ViolationLocation.POINTER)) {
			generator.writeStringProperty("field", violation.field());
		}
		generator.writeStringProperty("message", violation.message());
		if (violation.code() != null) {
			generator.writeStringProperty("code", violation.code());
		}
		if (violation.rejectedValue() != null) {
			generator.writePOJOProperty("rejectedValue", violation.rejectedValue());
		}
		generator.writeEndObject();
	}

}

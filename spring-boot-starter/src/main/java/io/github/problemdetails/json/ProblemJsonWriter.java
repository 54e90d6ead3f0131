package io.github.problemdetails.json;

import java.io.ByteArrayOutputStream;
import java.util.Collection;
import java.util.Map;

import io.github.problemdetails.core.FieldViolation;
import io.github.problemdetails.core.Problem;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link Problem} as an RFC 9457 JSON object: the standard members first, then the
 * extension members in their order. The members are written by hand, so an application's
 * naming strategy or inclusion settings cannot rename or drop them; extension values that are
 * not ours are written by the application's {@link JsonMapper}, as it writes its own types.
 */
public class ProblemJsonWriter {

	private static final int INITIAL_BUFFER_SIZE = 512;

	private final JsonMapper jsonMapper;

	/**
	 * Create a writer.
	 * @param jsonMapper the mapper for extension values of application types
	 */
	public ProblemJsonWriter(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	/**
	 * Serialize the problem as UTF-8 JSON.
	 * @param problem the problem
	 * @return the JSON document
	 */
	public byte[] toBytes(Problem problem) {
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
	private static void writeViolation(JsonGenerator generator, FieldViolation violation) {
		generator.writeStartObject();
		if (violation.pointer() != null) {
			generator.writeStringProperty("pointer", violation.pointer());
		}
		else {
			generator.writeStringProperty("parameter", violation.parameter());
		}
		if (violation.field() != null) {
			generator.writeStringProperty("field", violation.field());
		}
		generator.writeStringProperty("message", violation.message());
		if (violation.code() != null) {
			generator.writeStringProperty("code", violation.code());
		}
		generator.writeEndObject();
	}

}

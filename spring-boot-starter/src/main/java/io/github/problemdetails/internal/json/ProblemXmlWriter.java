package io.github.problemdetails.internal.json;

import java.io.ByteArrayOutputStream;
import java.util.Collection;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import io.github.problemdetails.core.FieldViolation;
import io.github.problemdetails.core.Problem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link Problem} as {@code application/problem+xml} (RFC 9457 Appendix B): a
 * {@code problem} element in the {@code urn:ietf:rfc:7807} namespace with one child element
 * per member, arrays as repeated {@code i} elements and objects as nested elements.
 */
public class ProblemXmlWriter {

	/** Namespace of the problem element, fixed by RFC 9457 Appendix B. */
	public static final String NAMESPACE = "urn:ietf:rfc:7807";

	private static final String ARRAY_ITEM = "i";

	private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

	private final JsonMapper jsonMapper;

	/**
	 * Create a writer.
	 * @param jsonMapper turns extension values of application types into a tree, as they are
	 * written in JSON
	 */
	public ProblemXmlWriter(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	/**
	 * Serialize the problem as UTF-8 XML.
	 * @param problem the problem
	 * @return the XML document
	 */
	public byte[] toBytes(Problem problem) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(512);
		try {
			XMLStreamWriter xml = this.factory.createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("problem");
			xml.writeDefaultNamespace(NAMESPACE);
			writeText(xml, "type", problem.type().toString());
			if (problem.title() != null) {
				writeText(xml, "title", problem.title());
			}
			writeText(xml, "status", Integer.toString(problem.status()));
			if (problem.detail() != null) {
				writeText(xml, "detail", problem.detail());
			}
			if (problem.instance() != null) {
				writeText(xml, "instance", problem.instance().toString());
			}
			for (Map.Entry<String, Object> member : problem.extensions().entrySet()) {
				writeValue(xml, member.getKey(), member.getValue());
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write a problem as XML", ex);
		}
		return out.toByteArray();
	}

	private void writeValue(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
		if (value instanceof String || value instanceof Number || value instanceof Boolean) {
			writeText(xml, name, value.toString());
		}
		else if (value instanceof FieldViolation violation) {
			xml.writeStartElement(name);
			writeViolation(xml, violation);
			xml.writeEndElement();
		}
		else if (value instanceof Collection<?> values) {
			xml.writeStartElement(name);
			for (Object element : values) {
				writeValue(xml, ARRAY_ITEM, element);
			}
			xml.writeEndElement();
		}
		else {
			writeNode(xml, name, this.jsonMapper.valueToTree(value));
		}
	}

	private void writeViolation(XMLStreamWriter xml, FieldViolation violation) throws XMLStreamException {
		if (violation.pointer() != null) {
			writeText(xml, "pointer", violation.pointer());
		}
		else {
			writeText(xml, "parameter", violation.parameter());
		}
		if (violation.field() != null) {
			writeText(xml, "field", violation.field());
		}
		writeText(xml, "message", violation.message());
		if (violation.code() != null) {
			writeText(xml, "code", violation.code());
		}
		if (violation.rejectedValue() != null) {
			writeValue(xml, "rejectedValue", violation.rejectedValue());
		}
	}

	private static void writeNode(XMLStreamWriter xml, String name, JsonNode node) throws XMLStreamException {
		if (node.isNull() || node.isMissingNode()) {
			return;
		}
		if (node.isArray()) {
			xml.writeStartElement(name);
			for (JsonNode element : node) {
				writeNode(xml, ARRAY_ITEM, element);
			}
			xml.writeEndElement();
		}
		else if (node.isObject()) {
			xml.writeStartElement(name);
			for (Map.Entry<String, JsonNode> property : node.properties()) {
				writeNode(xml, property.getKey(), property.getValue());
			}
			xml.writeEndElement();
		}
		else {
			writeText(xml, name, node.asString());
		}
	}

	private static void writeText(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

}

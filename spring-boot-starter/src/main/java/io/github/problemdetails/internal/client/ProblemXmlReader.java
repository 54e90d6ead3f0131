package io.github.problemdetails.internal.client;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import io.github.problemdetails.core.Problem;
import io.github.problemdetails.core.ProblemDocument;
import io.github.problemdetails.internal.json.ProblemXmlWriter;

/**
 * Reads an {@code application/problem+xml} body (RFC 9457 Appendix B) into a {@link Problem} for
 * {@link UpstreamProblemReader}: bounded in size and depth, strict, and through the same {@link ProblemDocument} as
 * JSON. Extension members become strings, lists (repeated {@code i} elements) and maps (nested elements). Failure
 * messages say what is wrong and where, never the body's content.
 */
final class ProblemXmlReader {

	private static final String ROOT = "problem";

	private static final String ARRAY_ITEM = "i";

	private final int maxBytes;

	private final int maxDepth;

	ProblemXmlReader(int maxBytes, int maxDepth) {
		this.maxBytes = maxBytes;
		this.maxDepth = maxDepth;
	}

	/**
	 * Read a problem.
	 * @param body the body as received
	 * @param responseStatus the HTTP status, used when the body has no valid {@code status}
	 * @return the problem
	 * @throws XMLStreamException if the body is too large, not well-formed, has a DOCTYPE, is nested too deeply,
	 * or its root is no {@code problem} element in the {@code urn:ietf:rfc:7807} namespace
	 */
	Problem read(byte[] body, int responseStatus) throws XMLStreamException {
		if (body.length > this.maxBytes) {
			throw new XMLStreamException("Problem body is larger than " + this.maxBytes + " bytes");
		}
		XMLStreamReader xml = createReader(body);
		try {
			Map<String, Object> members = readRoot(xml);
			return toProblem(members, responseStatus);
		}
		catch (XMLStreamException ex) {
			throw (ex.getNestedException() == null && ex.getLocation() == null) ? ex : failure(ex);
		}
		finally {
			xml.close();
		}
	}

	// A factory per body: StAX does not promise that a factory is thread-safe, and only error answers get here.
	private static XMLStreamReader createReader(byte[] body) throws XMLStreamException {
		// The JDK's own parser, not whichever StAX provider the classpath brings, so that the hardening holds.
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		// No DTD and no external entity: a problem never needs one, and they are the XXE and entity-expansion
		// attacks. A DOCTYPE is rejected outright in readRoot.
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		try {
			return factory.createXMLStreamReader(new ByteArrayInputStream(body));
		}
		catch (XMLStreamException ex) {
			throw failure(ex);
		}
	}

	// The parser's own message may quote the body (an entity name, a character); ours only says where.
	private static XMLStreamException failure(XMLStreamException ex) {
		Location location = ex.getLocation();
		String where = (location != null)
				? " at line " + location.getLineNumber() + ", column " + location.getColumnNumber() : "";
		XMLStreamException failure = new XMLStreamException("Problem body is not well-formed XML" + where);
		failure.initCause(ex);
		return failure;
	}

	private Map<String, Object> readRoot(XMLStreamReader xml) throws XMLStreamException {
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.DTD) {
				throw new XMLStreamException("Problem body must not have a DOCTYPE");
			}
			if (event == XMLStreamConstants.START_ELEMENT) {
				if (!ROOT.equals(xml.getLocalName()) || !ProblemXmlWriter.NAMESPACE.equals(xml.getNamespaceURI())) {
					throw new XMLStreamException(
							"Problem body's root is no 'problem' element in namespace " + ProblemXmlWriter.NAMESPACE);
				}
				if (!(readValue(xml, 1) instanceof Map<?, ?> members)) {
					return Map.of();
				}
				@SuppressWarnings("unchecked")
				Map<String, Object> result = (Map<String, Object>) members;
				drain(xml);
				return result;
			}
		}
		throw new XMLStreamException("Problem body has no root element");
	}

	// Past the root only comments and processing instructions may follow; the parser rejects anything else.
	private static void drain(XMLStreamReader xml) throws XMLStreamException {
		while (xml.hasNext()) {
			xml.next();
		}
	}

	// At a start element: its text, its 'i' children as a list, or its other children as a map.
	private Object readValue(XMLStreamReader xml, int depth) throws XMLStreamException {
		if (depth > this.maxDepth) {
			throw new XMLStreamException("Problem body is nested deeper than " + this.maxDepth + " levels");
		}
		StringBuilder text = new StringBuilder();
		Map<String, Object> members = new LinkedHashMap<>();
		List<Object> items = new ArrayList<>();
		while (true) {
			int event = xml.next();
			if (event == XMLStreamConstants.END_ELEMENT) {
				break;
			}
			if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
					|| event == XMLStreamConstants.SPACE) {
				text.append(xml.getText());
			}
			else if (event == XMLStreamConstants.ENTITY_REFERENCE || event == XMLStreamConstants.DTD) {
				throw new XMLStreamException("Problem body must not use entities");
			}
			else if (event == XMLStreamConstants.START_ELEMENT) {
				String name = xml.getLocalName();
				boolean ours = ProblemXmlWriter.NAMESPACE.equals(xml.getNamespaceURI());
				Object value = readValue(xml, depth + 1);
				// RFC 9457 Appendix B: members are in the problem namespace; anything else is someone else's.
				if (!ours) {
					continue;
				}
				if (ARRAY_ITEM.equals(name)) {
					items.add(value);
				}
				else if (members.putIfAbsent(name, value) != null) {
					throw new XMLStreamException("Problem body repeats member '" + name + "'");
				}
			}
		}
		if (!items.isEmpty() && !members.isEmpty()) {
			throw new XMLStreamException("Problem body mixes 'i' items and named members");
		}
		boolean nested = !items.isEmpty() || !members.isEmpty();
		if (nested && !text.toString().isBlank()) {
			throw new XMLStreamException("Problem body mixes text and elements");
		}
		if (!items.isEmpty()) {
			return List.copyOf(items);
		}
		return nested ? Collections.unmodifiableMap(members) : text.toString();
	}

	private static Problem toProblem(Map<String, Object> members, int responseStatus) throws XMLStreamException {
		// XML has only text: the status element is the one member whose type the RFC fixes as a number.
		Map<String, Object> typed = new LinkedHashMap<>(members);
		if (members.get("status") instanceof String text && text.strip().length() == 3
				&& text.strip().chars().allMatch((c) -> c >= '0' && c <= '9')) {
			typed.put("status", Long.valueOf(text.strip()));
		}
		try {
			return ProblemDocument.toProblem(typed, responseStatus);
		}
		catch (IllegalArgumentException ex) {
			throw new XMLStreamException(ex.getMessage());
		}
	}

}

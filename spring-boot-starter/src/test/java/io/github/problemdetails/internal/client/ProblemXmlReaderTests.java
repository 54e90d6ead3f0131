package io.github.problemdetails.internal.client;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;

import io.github.problemdetails.core.FieldViolation;
import io.github.problemdetails.core.Problem;
import io.github.problemdetails.core.ProblemDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link ProblemXmlReader}.
 */
class ProblemXmlReaderTests {

	private static final String SECRET = "stock-db-password-4711";

	private final ProblemXmlReader reader = new ProblemXmlReader(1024, 8);

	@Test
	void readsEveryMemberWithErrorsAndExtensions() throws Exception {
		Problem problem = read("""
				<?xml version="1.0" encoding="UTF-8"?>
				<problem xmlns="urn:ietf:rfc:7807">
				  <type>https://inventory.example.com/problems/validation-failed</type>
				  <title>Validation failed</title>
				  <status>422</status>
				  <detail>Quantity &amp; size</detail>
				  <instance>/items/A-1/reservations</instance>
				  <code>VALIDATION_FAILED</code>
				  <errors>
				    <i><pointer>/quantity</pointer><field>quantity</field><message>must be greater than 0</message><code>Positive</code></i>
				    <i><parameter>sku</parameter><message>must not be blank</message></i>
				  </errors>
				  <traceId>4bf92f3577b34da6a3ce929d0e0e4736</traceId>
				  <warehouses><i>north</i><i>south</i></warehouses>
				  <stock><available>0</available><reserved>12</reserved></stock>
				  <other xmlns="urn:example:other">ignored</other>
				</problem>
				""", 400);

		assertThat(problem.type()).isEqualTo(URI.create("https://inventory.example.com/problems/validation-failed"));
		assertThat(problem.title()).isEqualTo("Validation failed");
		assertThat(problem.status()).isEqualTo(422);
		assertThat(problem.detail()).isEqualTo("Quantity & size");
		assertThat(problem.instance()).isEqualTo(URI.create("/items/A-1/reservations"));
		assertThat(ProblemDocument.code(problem)).isEqualTo("VALIDATION_FAILED");
		assertThat(ProblemDocument.fieldViolations(problem)).containsExactly(
				new FieldViolation("/quantity", null, "quantity", "must be greater than 0", "Positive"),
				new FieldViolation(null, "sku", null, "must not be blank", null));
		assertThat(problem.extensions()).containsEntry("traceId", "4bf92f3577b34da6a3ce929d0e0e4736")
			.containsEntry("warehouses", List.of("north", "south"))
			.containsEntry("stock", Map.of("available", "0", "reserved", "12"))
			.doesNotContainKey("other");
	}

	@Test
	void takesTheResponseStatusWhenTheBodyHasNoValidOne() throws Exception {
		Problem problem = read("<problem xmlns='urn:ietf:rfc:7807'><status>forty</status></problem>", 409);

		assertThat(problem.status()).isEqualTo(409);
		assertThat(problem.type()).isEqualTo(URI.create("about:blank"));
		assertThat(read("<problem xmlns='urn:ietf:rfc:7807'/>", 503).status()).isEqualTo(503);
	}

	@Test
	void keepsErrorsThatAreNoViolationsAsTheyAre() throws Exception {
		Problem problem = read("<problem xmlns='urn:ietf:rfc:7807'><errors><i>sold out</i></errors></problem>", 409);

		assertThat(ProblemDocument.fieldViolations(problem)).isEmpty();
		assertThat(problem.extensions()).containsEntry("errors", List.of("sold out"));
	}

	@Test
	void rejectsMalformedXmlWithoutQuotingTheBody() {
		assertThatExceptionOfType(XMLStreamException.class)
			.isThrownBy(() -> read("<problem xmlns='urn:ietf:rfc:7807'><title>" + SECRET + "</problem>", 409))
			.withMessageStartingWith("Problem body is not well-formed XML at line 1")
			.withMessageNotContaining(SECRET);
		assertThatExceptionOfType(XMLStreamException.class).isThrownBy(() -> read("{\"title\": \"json\"}", 409));
		assertThatExceptionOfType(XMLStreamException.class).isThrownBy(() -> read("", 409));
	}

	@Test
	void rejectsARootOutsideTheProblemNamespace() {
		assertThatExceptionOfType(XMLStreamException.class)
			.isThrownBy(() -> read("<problem><title>Conflict</title></problem>", 409))
			.withMessage("Problem body's root is no 'problem' element in namespace urn:ietf:rfc:7807");
		assertThatExceptionOfType(XMLStreamException.class)
			.isThrownBy(() -> read("<error xmlns='urn:ietf:rfc:7807'/>", 409));
	}

	@Test
	void rejectsABodyOverTheLimit() {
		String body = "<problem xmlns='urn:ietf:rfc:7807'><detail>" + "x".repeat(1024) + "</detail></problem>";

		assertThatExceptionOfType(XMLStreamException.class).isThrownBy(() -> read(body, 409))
			.withMessage("Problem body is larger than 1024 bytes");
	}

	@Test
	void rejectsNestingDeeperThanTheLimit() {
		String body = "<problem xmlns='urn:ietf:rfc:7807'>" + "<a>".repeat(8) + "x" + "</a>".repeat(8)
				+ "</problem>";

		assertThatExceptionOfType(XMLStreamException.class).isThrownBy(() -> read(body, 409))
			.withMessage("Problem body is nested deeper than 8 levels");
	}

	@Test
	void rejectsExternalEntitiesAndEveryDoctype() {
		String xxe = """
				<?xml version="1.0"?>
				<!DOCTYPE problem [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
				<problem xmlns="urn:ietf:rfc:7807"><detail>&xxe;</detail></problem>
				""";
		String expansion = """
				<?xml version="1.0"?>
				<!DOCTYPE problem [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
				<problem xmlns="urn:ietf:rfc:7807"><detail>&b;</detail></problem>
				""";
		String plainDoctype = "<!DOCTYPE problem><problem xmlns='urn:ietf:rfc:7807'/>";

		for (String body : new String[] { xxe, expansion, plainDoctype }) {
			assertThatExceptionOfType(XMLStreamException.class).isThrownBy(() -> read(body, 409))
				.withMessage("Problem body must not have a DOCTYPE");
		}
	}

	private Problem read(String body, int status) throws XMLStreamException {
		return this.reader.read(body.getBytes(StandardCharsets.UTF_8), status);
	}

}

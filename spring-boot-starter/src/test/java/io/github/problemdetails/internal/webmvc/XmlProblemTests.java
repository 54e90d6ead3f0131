package io.github.problemdetails.internal.webmvc;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import io.github.problemdetails.core.exception.ValidationException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static io.github.problemdetails.testsupport.ProblemResponses.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code application/problem+xml} (RFC 9457 Appendix B) for clients that prefer XML, when
 * Jackson's XML module is present; JSON for everyone else, never a 406.
 */
@WebMvcTest(properties = "problem-details.type-base-uri=https://errors.example.com/")
class XmlProblemTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void clientPreferringXmlGetsProblemXml() throws Exception {
		MockHttpServletResponse response = get("application/problem+xml");
		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(response.getContentType()).isEqualTo("application/problem+xml");
		Element problem = parse(response).getDocumentElement();
		assertThat(problem.getNamespaceURI()).isEqualTo("urn:ietf:rfc:7807");
		assertThat(problem.getLocalName()).isEqualTo("problem");
		assertThat(text(problem, "type")).isEqualTo("https://errors.example.com/validation-failed");
		assertThat(text(problem, "status")).isEqualTo("422");
		assertThat(text(problem, "instance")).isEqualTo("/orders/check");
		assertThat(text(problem, "traceId")).isEqualTo(response.getHeader("X-Trace-Id"));
		Element violation = (Element) problem.getElementsByTagNameNS("urn:ietf:rfc:7807", "i").item(0);
		assertThat(text(violation, "pointer")).isEqualTo("/quantity");
		assertThat(text(violation, "code")).isEqualTo("Positive");
	}

	@Test
	void applicationXmlRankedAboveJsonGetsXml() throws Exception {
		assertThat(get("application/json;q=0.5, application/xml").getContentType())
			.isEqualTo("application/problem+xml");
	}

	@Test
	void jsonRankedAboveXmlGetsJson() throws Exception {
		assertProblem(get("application/xml;q=0.4, application/json"), 422, "/orders/check");
	}

	@Test
	void clientAcceptingNeitherStillGetsJsonWithTheErrorStatus() throws Exception {
		assertProblem(get("text/csv"), 422, "/orders/check");
	}

	private MockHttpServletResponse get(String accept) {
		return this.mvc.get().uri("/orders/check").header("Accept", accept).exchange().getResponse();
	}

	private static Document parse(MockHttpServletResponse response) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(response.getContentAsString(StandardCharsets.UTF_8)
				.getBytes(StandardCharsets.UTF_8)));
	}

	private static String text(Element parent, String name) {
		return parent.getElementsByTagNameNS("urn:ietf:rfc:7807", name).item(0).getTextContent();
	}

	@RestController
	static class OrdersController {

		@GetMapping("/orders/check")
		String check() {
			throw ValidationException.of("quantity", "must be greater than 0", "Positive");
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Import(OrdersController.class)
	static class Config {

	}

}

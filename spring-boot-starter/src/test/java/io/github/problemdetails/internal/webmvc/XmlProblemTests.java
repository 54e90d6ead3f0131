package io.github.problemdetails.internal.webmvc;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import io.github.problemdetails.core.FieldViolation;
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
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static io.github.problemdetails.test.ProblemAssertions.assertThat;
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
		MvcTestResult result = get("application/problem+xml");
		assertThat(result).hasContentType("application/problem+xml").doesNotLeak();
		MockHttpServletResponse response = result.getResponse();
		assertThat(response.getStatus()).isEqualTo(422);
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
	void applicationXmlRankedAboveJsonGetsXml() {
		assertThat(get("application/json;q=0.5, application/xml")).hasContentType("application/problem+xml");
	}

	@Test
	void jsonRankedAboveXmlGetsJson() {
		assertJsonProblem(get("application/xml;q=0.4, application/json"));
	}

	@Test
	void clientAcceptingNeitherStillGetsJsonWithTheErrorStatus() {
		assertJsonProblem(get("text/csv"));
	}

	private MvcTestResult get(String accept) {
		return this.mvc.get().uri("/orders/check").header("Accept", accept).exchange();
	}

	private static void assertJsonProblem(MvcTestResult result) {
		assertThat(result).doesNotLeak()
			.isProblem()
			.hasStatus(422)
			.hasDetail()
			.hasInstance("/orders/check")
			.hasTraceId()
			.hasFieldErrors(FieldViolation.ofField("quantity", "must be greater than 0", "Positive"));
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

package io.github.problemdetails.internal.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.github.problemdetails.core.Problem;
import io.github.problemdetails.internal.json.ProblemJsonWriter;
import io.github.problemdetails.internal.json.ProblemXmlWriter;
import io.github.problemdetails.mapping.ProblemRequest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ProblemBodyWriter}.
 */
class ProblemBodyWriterTests {

	private static final Problem PROBLEM = Problem.builder().status(404).title("Not Found").build();

	private final ProblemJsonWriter jsonWriter = new ProblemJsonWriter(JsonMapper.shared());

	private final ProblemBodyWriter writer = new ProblemBodyWriter(this.jsonWriter,
			new ProblemXmlWriter(JsonMapper.shared()));

	@ParameterizedTest(name = "[{index}] Accept: {0} -> {1}")
	@CsvSource(delimiter = '|', nullValues = "none", textBlock = """
			none                                                                  | json
			''                                                                    | json
			*/*                                                                   | json
			application/json                                                      | json
			application/problem+json                                              | json
			application/problem+xml                                               | xml
			application/xml                                                       | xml
			text/xml                                                              | xml
			APPLICATION/XML                                                       | xml
			application/json;q=0.5, application/xml                               | xml
			application/xml;q=0.4, application/json                               | json
			application/xml, application/json                                     | xml
			application/json, application/xml                                     | json
			*/*, application/xml                                                  | xml
			application/xml;q=0.5, */*                                            | json
			application/xml;q=0.5, application/*                                  | json
			application/xml;q=0                                                   | json
			text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8       | xml
			text/csv                                                              | json
			text/csv, text/xml;q=0.1                                              | xml
			application/xml;q=2                                                   | json
			application/xml, not a media type                                     | json
			xml                                                                   | json
			""")
	void choosesXmlOnlyWhenTheClientRanksItAboveJson(@Nullable String accept, String expected) {
		MediaType mediaType = this.writer.mediaTypeFor(request(accept));
		assertThat(mediaType).isEqualTo(expected.equals("xml") ? MediaType.APPLICATION_PROBLEM_XML
				: MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(text(this.writer.toBytes(PROBLEM, mediaType))).startsWith(expected.equals("xml") ? "<?xml" : "{");
	}

	@Test
	void answersInJsonWithoutReadingAcceptWhenNoXmlWriterIsPresent() {
		ProblemBodyWriter jsonOnly = new ProblemBodyWriter(this.jsonWriter, null);
		ProblemRequest request = new ProblemRequest("GET", "/orders/1", null, (name) -> {
			throw new AssertionError("Accept was read");
		}, (name) -> null, Locale.ROOT);
		assertThat(jsonOnly.mediaTypeFor(request)).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(text(jsonOnly.toBytes(PROBLEM, MediaType.APPLICATION_PROBLEM_XML))).startsWith("{");
	}

	@Test
	void writesTheProblemItself() {
		assertThat(text(this.writer.toBytes(PROBLEM, MediaType.APPLICATION_PROBLEM_JSON)))
			.isEqualTo("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404}");
		assertThat(text(this.writer.toBytes(PROBLEM, MediaType.APPLICATION_PROBLEM_XML)))
			.contains("<problem xmlns=\"urn:ietf:rfc:7807\"><type>about:blank</type><title>Not Found</title>"
					+ "<status>404</status></problem>");
	}

	private static ProblemRequest request(@Nullable String accept) {
		return new ProblemRequest("/orders/1", null,
				(name) -> HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? accept : null);
	}

	private static String text(byte[] body) {
		return new String(body, StandardCharsets.UTF_8);
	}

}

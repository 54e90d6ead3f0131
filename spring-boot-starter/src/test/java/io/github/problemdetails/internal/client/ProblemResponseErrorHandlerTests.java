package io.github.problemdetails.internal.client;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import io.github.problemdetails.client.UpstreamProblemException;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.client.MockClientHttpResponse;
import org.springframework.web.client.DefaultResponseErrorHandler;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Tests for {@link ProblemResponseErrorHandler}.
 */
class ProblemResponseErrorHandlerTests {

	private static final MediaType PROBLEM_XML = MediaType.parseMediaType("application/problem+xml");

	private static final URI URL = URI.create("http://inventory.internal/items/A-1");

	private final ProblemResponseErrorHandler handler = new ProblemResponseErrorHandler(null,
			new UpstreamProblemReader(256));

	@Test
	void claimsOnlyErrorResponsesWithAProblemBody() throws Exception {
		assertThat(this.handler.hasError(response(409, MediaType.APPLICATION_PROBLEM_JSON, "{}"))).isTrue();
		assertThat(this.handler.hasError(response(409, MediaType.APPLICATION_JSON, "{}"))).isFalse();
		assertThat(this.handler.hasError(response(200, MediaType.APPLICATION_PROBLEM_JSON, "{}"))).isFalse();
	}

	@Test
	void delegatesEveryOtherErrorUntouched() throws Exception {
		ProblemResponseErrorHandler delegating = new ProblemResponseErrorHandler(new DefaultResponseErrorHandler(),
				new UpstreamProblemReader(64 * 1024));
		MockClientHttpResponse plain = response(500, MediaType.TEXT_PLAIN, "down");

		assertThat(delegating.hasError(plain)).isTrue();
		HttpServerErrorException exception = catchThrowableOfType(HttpServerErrorException.class,
				() -> delegating.handleError(URL, HttpMethod.GET, plain));
		assertThat(exception).isNotInstanceOf(UpstreamProblemException.class);
		assertThat(exception.getResponseBodyAsString()).isEqualTo("down");
	}

	@Test
	void resolvesARelativeTypeAgainstTheRequestUri() {
		UpstreamProblemException exception = catchThrowableOfType(UpstreamProblemException.class,
				() -> this.handler.handleError(URL, HttpMethod.GET, response(409, MediaType.APPLICATION_PROBLEM_JSON,
						"{\"type\":\"/problems/sold-out\",\"title\":\"Sold out\"}")));

		assertThat(exception.getType()).isEqualTo(URI.create("http://inventory.internal/problems/sold-out"));
		assertThat(exception.getMessage()).isEqualTo(
				"Upstream answered 409 with problem http://inventory.internal/problems/sold-out (Sold out)");
	}

	@Test
	void readsAnXmlProblemIntoTheSameTypedException() {
		UpstreamProblemException exception = catchThrowableOfType(UpstreamProblemException.class,
				() -> this.handler.handleError(URL, HttpMethod.GET, response(409, PROBLEM_XML,
						"<problem xmlns='urn:ietf:rfc:7807'><type>/problems/sold-out</type><title>Sold out</title>"
								+ "<code>OUT_OF_STOCK</code></problem>")));

		assertThat(exception.getType()).isEqualTo(URI.create("http://inventory.internal/problems/sold-out"));
		assertThat(exception.getProblemStatus()).isEqualTo(409);
		assertThat(exception.getCode()).isEqualTo("OUT_OF_STOCK");
	}

	@Test
	void malformedWrongNamespaceOrHugeXmlFallsBackToSpringsException() throws Exception {
		assertThat(this.handler.hasError(response(409, PROBLEM_XML, "<problem/>"))).isTrue();
		for (String body : new String[] { "<problem xmlns='urn:ietf:rfc:7807'><title>", "<problem/>",
				"<problem xmlns='urn:ietf:rfc:7807'><detail>" + "x".repeat(256) + "</detail></problem>" }) {
			HttpClientErrorException exception = catchThrowableOfType(HttpClientErrorException.class,
					() -> this.handler.handleError(URL, HttpMethod.GET, response(409, PROBLEM_XML, body)));

			assertThat(exception).isNotInstanceOf(UpstreamProblemException.class)
				.hasMessageMatching("409 Conflict: (unreadable problem body|problem body larger than 256 bytes).*");
			assertThat(exception.getResponseBodyAsByteArray()).hasSizeLessThanOrEqualTo(256);
		}
	}

	@Test
	void malformedOrHugeJsonFallsBackToSpringsExceptionWithTheBytesRead() {
		for (String body : new String[] { "{\"title\":\"Sold out\",}", "{\"detail\":\"" + "x".repeat(256) + "\"}" }) {
			HttpClientErrorException exception = catchThrowableOfType(HttpClientErrorException.class,
					() -> this.handler.handleError(URL, HttpMethod.GET,
							response(409, MediaType.APPLICATION_PROBLEM_JSON, body)));

			assertThat(exception).isNotInstanceOf(UpstreamProblemException.class)
				.hasMessageMatching("409 Conflict: (unreadable problem body|problem body larger than 256 bytes).*");
			assertThat(exception.getResponseBodyAsString()).isEqualTo(body.substring(0, Math.min(256, body.length())));
		}
	}

	@Test
	void fallbackCarriesNoParserMessageThatQuotesTheBody() {
		String secret = "inventory-db-password";
		String xml = "<problem xmlns='urn:ietf:rfc:7807'><detail>&" + secret + ";</detail></problem>";
		for (MockClientHttpResponse response : new MockClientHttpResponse[] {
				response(409, MediaType.APPLICATION_PROBLEM_JSON, "{\"detail\":" + secret + "}"),
				response(409, PROBLEM_XML, xml) }) {
			HttpClientErrorException exception = catchThrowableOfType(HttpClientErrorException.class,
					() -> this.handler.handleError(URL, HttpMethod.GET, response));

			assertThat(exception).hasMessageNotContaining(secret)
				.hasRootCauseInstanceOf(UnreadableProblemException.class);
			assertThat(exception.getRootCause()).hasMessageNotContaining(secret);
		}
	}

	@Test
	void leavesAResponseWithAnInvalidContentTypeToTheDelegate() throws Exception {
		MockClientHttpResponse response = new MockClientHttpResponse("{}".getBytes(StandardCharsets.UTF_8),
				HttpStatus.CONFLICT);
		response.getHeaders().set(HttpHeaders.CONTENT_TYPE, "application/");

		assertThat(this.handler.hasError(response)).isFalse();
	}

	@Test
	void readsRetryAfterAsSecondsOrDate() {
		assertThat(ProblemResponseErrorHandler.retryAfter("120")).isEqualTo(Duration.ofMinutes(2));
		assertThat(ProblemResponseErrorHandler.retryAfter(" 0 ")).isEqualTo(Duration.ZERO);
		String future = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().plusHours(1));
		assertThat(ProblemResponseErrorHandler.retryAfter(future)).isBetween(Duration.ofMinutes(58),
				Duration.ofHours(1));
		assertThat(ProblemResponseErrorHandler.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(Duration.ZERO);
		assertThat(ProblemResponseErrorHandler.retryAfter("-5")).isNull();
		assertThat(ProblemResponseErrorHandler.retryAfter("99999999999")).isNull();
		assertThat(ProblemResponseErrorHandler.retryAfter("soon")).isNull();
		assertThat(ProblemResponseErrorHandler.retryAfter(null)).isNull();
	}

	private static MockClientHttpResponse response(int status, MediaType contentType, String body) {
		MockClientHttpResponse response = new MockClientHttpResponse(body.getBytes(StandardCharsets.UTF_8),
				HttpStatus.valueOf(status));
		response.getHeaders().setContentType(contentType);
		return response;
	}

}

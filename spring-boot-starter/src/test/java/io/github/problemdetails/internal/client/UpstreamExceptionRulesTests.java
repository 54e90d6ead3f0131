package io.github.problemdetails.internal.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.github.problemdetails.internal.mapping.MappedProblem;
import io.github.problemdetails.internal.mapping.MappingSettings;
import io.github.problemdetails.internal.mapping.ProblemMapper;
import io.github.problemdetails.mapping.ProblemRequest;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.UnknownContentTypeException;
import org.springframework.web.client.UnknownHttpStatusCodeException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link UpstreamExceptionRules}, through the mapping engine.
 */
class UpstreamExceptionRulesTests {

	private static final ProblemRequest REQUEST = ProblemRequest.of("/quotes", null);

	private static final String SECRET = "upstream-secret-4711";

	private static final String REFUSED_MESSAGE = "I/O error on GET request for \"http://inventory.internal:8081/stock\": "
			+ "Connection refused";

	@Test
	void upstreamErrorAnswersAre502WithGenericDetail() {
		List<RuntimeException> failures = List.of(serverError("500 Internal Server Error: " + SECRET),
				HttpClientErrorException.create("404 Not Found: " + SECRET, HttpStatus.NOT_FOUND, "Not Found",
						upstreamHeaders(), SECRET.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8),
				new UnknownHttpStatusCodeException(299, "Odd", upstreamHeaders(), SECRET.getBytes(StandardCharsets.UTF_8),
						StandardCharsets.UTF_8));
		assertThat(failures).allSatisfy((failure) -> {
			MappedProblem mapped = map(failure, false);
			assertThat(mapped.status()).isEqualTo(502);
			assertThat(mapped.problem().detail()).isEqualTo("An upstream service failed to answer properly.");
			assertThat(mapped.headers().isEmpty()).isTrue();
			assertThat(mapped.problem().toString()).doesNotContain(SECRET);
		});
	}

	@Test
	void unusableAnswersAre502() {
		UnknownContentTypeException unknownType = new UnknownContentTypeException(String.class, MediaType.TEXT_HTML,
				HttpStatus.OK, "OK", upstreamHeaders(), SECRET.getBytes(StandardCharsets.UTF_8));
		RestClientException unreadable = new RestClientException("Error while extracting response",
				new HttpMessageNotReadableException("JSON parse error: " + SECRET, new MockHttpInputMessage(new byte[0])));
		RestClientException cutOff = new RestClientException("Error while extracting response",
				new IOException("Premature EOF"));
		assertThat(map(unknownType, true).status()).isEqualTo(502);
		assertThat(map(unreadable, true).status()).isEqualTo(502);
		assertThat(map(cutOff, true).status()).isEqualTo(502);
	}

	@Test
	void clientFailureWithoutUpstreamFaultStaysUnexpected() {
		assertThat(map(new RestClientException("No HttpMessageConverter for Quote"), false).status()).isEqualTo(500);
	}

	@Test
	void timeoutsAre504() {
		List<IOException> timeouts = List.of(new SocketTimeoutException("Read timed out"),
				new HttpTimeoutException("request timed out"),
				(IOException) new HttpConnectTimeoutException("HTTP connect timed out")
					.initCause(new ConnectException("HTTP connect timed out")));
		assertThat(timeouts).allSatisfy((timeout) -> {
			MappedProblem mapped = map(new ResourceAccessException("I/O error", timeout), false);
			assertThat(mapped.status()).isEqualTo(504);
			assertThat(mapped.problem().detail()).isEqualTo("An upstream service did not answer in time.");
		});
	}

	@Test
	void unreachableUpstreamIs502ByDefaultAnd503WhenConfigured() {
		ResourceAccessException refused = new ResourceAccessException(REFUSED_MESSAGE, new ConnectException());
		ResourceAccessException unknownHost = new ResourceAccessException("I/O error",
				new UnknownHostException("inventory.internal"));
		assertThat(map(refused, false).status()).isEqualTo(502);
		assertThat(map(unknownHost, false).status()).isEqualTo(502);
		assertThat(mapper(503, false).map(refused, REQUEST).status()).isEqualTo(503);
		assertThat(mapper(503, false).map(unknownHost, REQUEST).problem().detail())
			.isEqualTo("The service is temporarily unavailable; retry later.");
	}

	@Test
	void otherIoFailureIs502() {
		MappedProblem mapped = map(new ResourceAccessException("I/O error", new IOException("Connection reset")), false);
		assertThat(mapped.status()).isEqualTo(502);
	}

	@Test
	void exposedUpstreamIsNamedByHostAndPortOnly() {
		MappedProblem refused = map(new ResourceAccessException(REFUSED_MESSAGE, new ConnectException()), true);
		MappedProblem timeout = map(new ResourceAccessException(
				"I/O error on POST request for \"https://inventory.internal/stock\": timed out",
				new HttpTimeoutException("timed out")), true);
		assertThat(refused.problem().detail())
			.isEqualTo("The upstream service at inventory.internal:8081 cannot be reached.");
		assertThat(timeout.problem().detail())
			.isEqualTo("The upstream service at inventory.internal did not answer in time.");
	}

	@Test
	void exposedUpstreamOfRestTemplateErrorAnswerIsNamed() {
		MappedProblem mapped = map(serverError(
				"500 Internal Server Error on GET request for \"http://inventory.internal:8081/stock\": " + SECRET),
				true);
		assertThat(mapped.problem().detail())
			.isEqualTo("The upstream service at inventory.internal:8081 failed to answer properly.");
	}

	@Test
	void upstreamCannotForgeTheNamedHost() {
		String forgedStatusText = "Oops on GET request for \"http://attacker.example/\"";
		HttpServerErrorException forged = HttpServerErrorException.create("500 " + forgedStatusText + ": " + SECRET,
				HttpStatus.INTERNAL_SERVER_ERROR, forgedStatusText, upstreamHeaders(),
				SECRET.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
		MappedProblem mapped = map(forged, true);
		assertThat(mapped.problem().detail()).isEqualTo("An upstream service failed to answer properly.");
	}

	@Test
	void unknownUpstreamIsNotNamedEvenWhenExposed() {
		MappedProblem mapped = map(serverError("500 Internal Server Error: " + SECRET), true);
		assertThat(mapped.problem().detail()).isEqualTo("An upstream service failed to answer properly.");
	}

	@Test
	void rejectsConnectionFailureStatusOtherThan502Or503() {
		assertThatIllegalArgumentException().isThrownBy(() -> new UpstreamExceptionRules(504, false))
			.withMessage("'connectionFailureStatus' must be 502 or 503");
	}

	private static MappedProblem map(Throwable exception, boolean exposeUpstream) {
		return mapper(502, exposeUpstream).map(exception, REQUEST);
	}

	private static ProblemMapper mapper(int connectionFailureStatus, boolean exposeUpstream) {
		return new ProblemMapper(MappingSettings.defaults(),
				List.of(new UpstreamExceptionRules(connectionFailureStatus, exposeUpstream)));
	}

	private static HttpServerErrorException serverError(String message) {
		return HttpServerErrorException.create(message, HttpStatus.INTERNAL_SERVER_ERROR, "Internal Server Error",
				upstreamHeaders(), SECRET.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
	}

	private static HttpHeaders upstreamHeaders() {
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-Upstream-Secret", SECRET);
		return headers;
	}

}

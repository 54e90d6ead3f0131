package io.github.problemdetails.test;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.ExchangeResult;

/**
 * Entry point of the assertions for problem responses recorded by {@code WebTestClient}, such
 * as {@code client.get().uri("/users/9").exchange().returnResult()}. Apart from
 * {@link ProblemAssertions} so that a WebFlux application needs no Servlet API to use it.
 */
public final class WebTestClientProblemAssertions {

	private WebTestClientProblemAssertions() {
	}

	/**
	 * Assertions on the response of a {@code WebTestClient} exchange.
	 * @param result the result
	 * @return the assertions
	 */
	public static ProblemResponseAssert assertThat(ExchangeResult result) {
		HttpHeaders headers = result.getResponseHeaders();
		byte[] body = result.getResponseBodyContent();
		return new ProblemResponseAssert(new RecordedResponse(result.getStatus().value(),
				headers.getFirst(HttpHeaders.CONTENT_TYPE), headers::getOrEmpty,
				(body != null) ? new String(body, StandardCharsets.UTF_8) : ""));
	}

}

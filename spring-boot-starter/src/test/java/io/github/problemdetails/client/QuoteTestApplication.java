package io.github.problemdetails.client;

import java.net.http.HttpClient;
import java.time.Duration;

import io.github.problemdetails.testsupport.TestApplicationWithoutSecurity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.util.DefaultUriBuilderFactory;

/**
 * A service that prices stock through an upstream, with RestClient and RestTemplate, and lets
 * every failure of the upstream call escape its controller.
 */
@TestApplicationWithoutSecurity
@Import(QuoteTestApplication.QuoteController.class)
class QuoteTestApplication {

	static final Duration READ_TIMEOUT = Duration.ofMillis(200);

	record Quote(String symbol, double price) {
	}

	@RestController
	static class QuoteController {

		private final RestClient upstream;

		private final RestClient unreachable;

		private final RestTemplate legacyUpstream;

		QuoteController(@Value("${upstream.base-url}") String baseUrl,
				@Value("${upstream.closed-url}") String closedUrl) {
			JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(
					HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build());
			requestFactory.setReadTimeout(READ_TIMEOUT);
			this.upstream = RestClient.builder().requestFactory(requestFactory).baseUrl(baseUrl).build();
			this.unreachable = RestClient.builder().requestFactory(requestFactory).baseUrl(closedUrl).build();
			this.legacyUpstream = new RestTemplate(requestFactory);
			this.legacyUpstream.setUriTemplateHandler(new DefaultUriBuilderFactory(baseUrl));
		}

		// The query carries a credential, as real upstream URLs often do: it must never be shown.
		@GetMapping("/quotes/{name}")
		Quote quote(@PathVariable String name) {
			return this.upstream.get().uri("/{name}?token=" + StubUpstream.SECRET, name).retrieve().body(Quote.class);
		}

		@GetMapping("/legacy-quotes/{name}")
		Quote legacyQuote(@PathVariable String name) {
			return this.legacyUpstream.getForObject("/{name}", Quote.class, name);
		}

		@GetMapping("/unreachable-quotes")
		Quote unreachableQuote() {
			return this.unreachable.get().uri("/ACME").retrieve().body(Quote.class);
		}

	}

}

package io.github.problemdetails.client;

import io.github.problemdetails.internal.client.ProblemResponseErrorHandler;
import io.github.problemdetails.internal.client.TraceContextInterceptor;
import io.github.problemdetails.internal.client.UpstreamProblemReader;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.web.client.RestClient;

/**
 * Makes the {@code RestClient}s built from Spring Boot's builder problem-aware: an error response with an
 * {@code application/problem+json} or {@code application/problem+xml} body throws an
 * {@link UpstreamProblemException}, and, when a {@link TraceContextInterceptor} is given, calls carry the trace ID
 * on. A status handler given to a single request ({@code retrieve().onStatus(...)}) still wins.
 */
public class ProblemDetailsRestClientCustomizer implements RestClientCustomizer {

	private final UpstreamProblemReader reader;

	private final @Nullable TraceContextInterceptor traceContextInterceptor;

	/**
	 * Create a customizer.
	 * @param reader reads problem bodies, with its limits
	 * @param traceContextInterceptor propagates the trace ID, or {@code null} to propagate none
	 */
	public ProblemDetailsRestClientCustomizer(UpstreamProblemReader reader,
			@Nullable TraceContextInterceptor traceContextInterceptor) {
		this.reader = reader;
		this.traceContextInterceptor = traceContextInterceptor;
	}

	@Override
	public void customize(RestClient.Builder restClientBuilder) {
		// Claims problem responses only: other error responses still reach Spring's own status handling.
		restClientBuilder.defaultStatusHandler(new ProblemResponseErrorHandler(null, this.reader));
		if (this.traceContextInterceptor != null) {
			restClientBuilder.requestInterceptor(this.traceContextInterceptor);
		}
	}

}

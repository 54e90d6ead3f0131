package io.github.problemdetails.client;

import io.github.problemdetails.internal.client.ProblemResponseErrorHandler;
import io.github.problemdetails.internal.client.TraceContextInterceptor;
import io.github.problemdetails.internal.client.UpstreamProblemReader;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.restclient.RestTemplateCustomizer;
import org.springframework.web.client.RestTemplate;

/**
 * Makes the {@code RestTemplate}s built with Spring Boot's {@code RestTemplateBuilder} problem-aware: an error
 * response with an {@code application/problem+json} or {@code application/problem+xml} body throws an
 * {@link UpstreamProblemException}, every other response goes to the template's own error handler, and, when a
 * {@link TraceContextInterceptor} is given, calls carry the trace ID on.
 */
public class ProblemDetailsRestTemplateCustomizer implements RestTemplateCustomizer {

	private final UpstreamProblemReader reader;

	private final @Nullable TraceContextInterceptor traceContextInterceptor;

	/**
	 * Create a customizer.
	 * @param reader reads problem bodies, with its limits
	 * @param traceContextInterceptor propagates the trace ID, or {@code null} to propagate none
	 */
	public ProblemDetailsRestTemplateCustomizer(UpstreamProblemReader reader,
			@Nullable TraceContextInterceptor traceContextInterceptor) {
		this.reader = reader;
		this.traceContextInterceptor = traceContextInterceptor;
	}

	@Override
	public void customize(RestTemplate restTemplate) {
		if (!(restTemplate.getErrorHandler() instanceof ProblemResponseErrorHandler)) {
			restTemplate.setErrorHandler(new ProblemResponseErrorHandler(restTemplate.getErrorHandler(), this.reader));
		}
		if (this.traceContextInterceptor != null && !restTemplate.getInterceptors().contains(this.traceContextInterceptor)) {
			restTemplate.getInterceptors().add(this.traceContextInterceptor);
		}
	}

}

package io.github.problemdetails.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import io.github.problemdetails.internal.json.ProblemJsonWriter;
import io.github.problemdetails.internal.logging.ProblemLogger;
import io.github.problemdetails.internal.mapping.ProblemMapper;
import io.github.problemdetails.internal.trace.TraceIdResolver;
import io.github.problemdetails.internal.web.ProblemBodyWriter;
import io.github.problemdetails.internal.web.ProblemResponder;
import io.github.problemdetails.internal.webmvc.ProblemFilter;
import io.github.problemdetails.internal.webmvc.ProblemResponseWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What the starter's outer filter costs a successful request: a handler that writes a small JSON
 * body, called through the filter, through a filter of the same shape without the response
 * wrapper that completes bodiless error statuses (the filter as it was before), and directly.
 * The filter's cost is the difference to the direct call; the wrapper's, the difference to the
 * filter without it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class ProblemFilterBenchmarks {

	private static final byte[] BODY = "{\"id\":1,\"title\":\"Clean Code\"}".getBytes(StandardCharsets.UTF_8);

	private final HttpServlet handler = new HttpServlet() {

		@Override
		protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
			response.setStatus(200);
			response.setContentType("application/json");
			response.getOutputStream().write(BODY);
		}

	};

	private final ProblemFilter problemFilter = new ProblemFilter(new ProblemResponseWriter(
			new ProblemResponder(new ProblemMapper(BenchmarkSettings.SAMPLE), new ProblemLogger(), null),
			new ProblemBodyWriter(new ProblemJsonWriter(JsonMapper.builder().build()), null),
			new TraceIdResolver("X-Request-Id"), "X-Trace-Id"));

	private final FilterWithoutWrapper filterWithoutWrapper = new FilterWithoutWrapper();

	// One request and response for every call, so that what differs between the cases is what is measured.
	private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/books/9780132350884");

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	private final FilterChain chain = this.handler::service;

	// One name for both: a filter's name is part of the request attribute it sets, allocated per request.
	@Setup
	public void nameTheFilters() {
		this.problemFilter.setBeanName("problemDetailsFilter");
		this.filterWithoutWrapper.setBeanName("problemDetailsFilter");
	}

	@Benchmark
	public MockHttpServletResponse bareChain() throws Exception {
		this.response.reset();
		this.handler.service(this.request, this.response);
		return checked(this.response);
	}

	@Benchmark
	public MockHttpServletResponse filterWithoutWrapper() throws Exception {
		this.response.reset();
		this.filterWithoutWrapper.doFilter(this.request, this.response, this.chain);
		return checked(this.response);
	}

	@Benchmark
	public MockHttpServletResponse problemFilter() throws Exception {
		this.response.reset();
		this.problemFilter.doFilter(this.request, this.response, this.chain);
		return checked(this.response);
	}

	private static MockHttpServletResponse checked(MockHttpServletResponse response) {
		if (response.getStatus() != 200 || response.getContentAsByteArray().length != BODY.length) {
			throw new IllegalStateException("Not the handler's answer: " + response.getStatus());
		}
		return response;
	}

	// The outer filter as it was before the wrapper: it only answers what the chain throws.
	static class FilterWithoutWrapper extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			try {
				chain.doFilter(request, response);
			}
			catch (ServletException | IOException | RuntimeException ex) {
				throw new IllegalStateException("The benchmark's handler never fails", ex);
			}
		}

	}

}

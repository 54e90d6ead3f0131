package io.github.problemdetails.benchmarks;

import java.util.Map;
import java.util.UUID;

import io.github.problemdetails.internal.trace.TraceIdResolver;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Trace-ID resolution as the filter runs it for every request, on two threads at once: from
 * an incoming {@code traceparent}, from a request-ID header, generated; and, for comparison,
 * the {@code SecureRandom}-backed {@link UUID#randomUUID()} that the resolver avoids.
 */
@Threads(2)
@State(Scope.Benchmark)
public class TraceIdBenchmarks extends BenchmarkDefaults {

	private final TraceIdResolver resolver = new TraceIdResolver("X-Request-Id");

	private final Map<String, String> withTraceparent = Map.of(TraceIdResolver.TRACEPARENT,
			"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");

	private final Map<String, String> withRequestId = Map.of("X-Request-Id", "checkout-7f3a2c9e-0001");

	private final Map<String, String> withoutHeaders = Map.of();

	@Benchmark
	public String fromTraceparent() {
		return this.resolver.resolve(this.withTraceparent, Map::get);
	}

	@Benchmark
	public String fromRequestId() {
		return this.resolver.resolve(this.withRequestId, Map::get);
	}

	@Benchmark
	public String generated() {
		return this.resolver.resolve(this.withoutHeaders, Map::get);
	}

	@Benchmark
	public String randomUuidForComparison() {
		return UUID.randomUUID().toString();
	}

}

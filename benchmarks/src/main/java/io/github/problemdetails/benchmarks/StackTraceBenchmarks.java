package io.github.problemdetails.benchmarks;

import java.util.concurrent.TimeUnit;

import io.github.problemdetails.core.exception.NotFoundException;
import io.github.problemdetails.core.exception.ProblemException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Creating a typed 404 the way a controller does, deep in the stack of a servlet request:
 * without stack-trace capture (the default for typed 4xx) and with it (the debugging flag).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class StackTraceBenchmarks {

	// A controller method under Tomcat, the filter chain, Spring Security and the DispatcherServlet
	// runs about 100 frames deep; capture cost grows with the depth.
	private static final int REQUEST_STACK_DEPTH = 100;

	@Benchmark
	public NotFoundException typedNotFoundWithoutStackTrace() {
		return createAtDepth(REQUEST_STACK_DEPTH);
	}

	@Benchmark
	@Fork(value = 1, jvmArgsAppend = "-D" + ProblemException.STACK_TRACE_PROPERTY + "=true")
	public NotFoundException typedNotFoundWithStackTrace() {
		return createAtDepth(REQUEST_STACK_DEPTH);
	}

	private static NotFoundException createAtDepth(int depth) {
		return (depth == 0) ? BenchmarkExceptions.notFound() : createAtDepth(depth - 1);
	}

}

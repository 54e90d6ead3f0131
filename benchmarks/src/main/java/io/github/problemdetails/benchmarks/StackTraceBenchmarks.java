package io.github.problemdetails.benchmarks;

import io.github.problemdetails.core.exception.NotFoundException;
import io.github.problemdetails.core.exception.ProblemException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;

/**
 * Creating a typed 404 the way a controller does, deep in the stack of a servlet request:
 * without stack-trace capture (the default for typed 4xx) and with it (the debugging flag).
 */
public class StackTraceBenchmarks extends BenchmarkDefaults {

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

package io.github.problemdetails.benchmarks;

import java.util.concurrent.TimeUnit;

import io.github.problemdetails.core.exception.ValidationException;
import io.github.problemdetails.internal.json.ProblemJsonWriter;
import io.github.problemdetails.internal.mapping.ProblemMapper;
import io.github.problemdetails.mapping.ProblemRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.bind.MethodArgumentNotValidException;

/**
 * The starter's own work for a validation failure of 10, 1,000 and 100,000 violations: turning them into
 * violations with JSON pointers, ordering them, choosing the first {@code max-errors} and serializing the answer.
 * It must grow linearly with the violations (n log n for the ordering), since a client chooses their number;
 * the answer itself is bounded. What Bean Validation spends finding them is the application's to bound.
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ViolationBenchmarks extends BenchmarkDefaults {

	@Param({ "10", "1000", "100000" })
	public int violations;

	private final ProblemMapper mapper = new ProblemMapper(BenchmarkSettings.SAMPLE);

	private final ProblemJsonWriter writer = new ProblemJsonWriter(JsonMapper.builder().build());

	private MethodArgumentNotValidException invalidBody;

	private ValidationException typedValidation;

	@Setup
	public void buildFailures() {
		this.invalidBody = BenchmarkExceptions.invalidLines(this.violations);
		this.typedValidation = BenchmarkExceptions.typedInvalidLines(this.violations);
	}

	/** A {@code @Valid} body, as Spring MVC reports it: its binding result's field errors. */
	@Benchmark
	public byte[] invalidBody() {
		return this.writer.toBytes(this.mapper.map(this.invalidBody, ProblemRequest.of("/orders", null)).problem());
	}

	/** The same violations raised by domain code as a core {@code ValidationException}. */
	@Benchmark
	public byte[] typedValidation() {
		return this.writer.toBytes(this.mapper.map(this.typedValidation, ProblemRequest.of("/orders", null))
			.problem());
	}

}

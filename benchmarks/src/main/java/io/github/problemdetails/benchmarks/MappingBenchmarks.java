package io.github.problemdetails.benchmarks;

import java.util.Map;

import io.github.problemdetails.core.Problem;
import io.github.problemdetails.internal.json.ProblemJsonWriter;
import io.github.problemdetails.internal.mapping.ConfiguredMapping;
import io.github.problemdetails.internal.mapping.MappedProblem;
import io.github.problemdetails.internal.mapping.ProblemMapper;
import io.github.problemdetails.mapping.ProblemRequest;
import org.openjdk.jmh.annotations.Benchmark;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.logging.LogLevel;

/**
 * One failure mapped by the engine and serialized to the bytes of its
 * {@code application/problem+json} body, as every entry point does per failed request. The
 * exceptions are built once: what they cost to create is measured by
 * {@link StackTraceBenchmarks}.
 */
public class MappingBenchmarks extends BenchmarkDefaults {

	private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

	private final ProblemMapper mapper = new ProblemMapper(BenchmarkSettings.builder()
		.exceptionMappings(Map.of(BenchmarkExceptions.PaymentException.class, new ConfiguredMapping(402, "card-declined",
				"Card declined", "The card was declined; use another card.", "CARD_DECLINED", LogLevel.INFO, false)))
		.build());

	private final ProblemJsonWriter writer = new ProblemJsonWriter(JsonMapper.builder().build());

	private final Throwable notFound = BenchmarkExceptions.notFound();

	private final Throwable invalidBody = BenchmarkExceptions.invalidBody();

	private final Throwable typedValidation = BenchmarkExceptions.typedValidation();

	private final Throwable typeMismatch = BenchmarkExceptions.typeMismatch();

	private final Throwable unexpected = BenchmarkExceptions.unexpected();

	private final Throwable deepConfigured = BenchmarkExceptions.deepConfigured();

	private final Problem notFoundProblem = this.mapper.map(this.notFound, ProblemRequest.of("/users/999", TRACE_ID))
		.problem();

	@Benchmark
	public byte[] typedNotFound() {
		return mapAndWrite(this.notFound, "/users/999");
	}

	@Benchmark
	public byte[] invalidBodyFiveFields() {
		return mapAndWrite(this.invalidBody, "/orders");
	}

	@Benchmark
	public byte[] typedValidationFiveFields() {
		return mapAndWrite(this.typedValidation, "/orders");
	}

	@Benchmark
	public byte[] springTypeMismatch() {
		return mapAndWrite(this.typeMismatch, "/users/abc");
	}

	@Benchmark
	public byte[] unmappedRuntimeException() {
		return mapAndWrite(this.unexpected, "/reports/daily");
	}

	@Benchmark
	public byte[] configuredFiveLevelsDeep() {
		return mapAndWrite(this.deepConfigured, "/payments");
	}

	// The typed 404 split in its two halves: the engine alone, and the serialization alone.

	@Benchmark
	public MappedProblem typedNotFoundMappingOnly() {
		return this.mapper.map(this.notFound, ProblemRequest.of("/users/999", TRACE_ID));
	}

	@Benchmark
	public byte[] typedNotFoundSerializationOnly() {
		return this.writer.toBytes(this.notFoundProblem);
	}

	private byte[] mapAndWrite(Throwable exception, String path) {
		ProblemRequest request = ProblemRequest.of(path, TRACE_ID);
		return this.writer.toBytes(this.mapper.map(exception, request).problem());
	}

}

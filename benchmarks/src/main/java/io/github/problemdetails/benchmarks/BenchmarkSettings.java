package io.github.problemdetails.benchmarks;

import java.net.URI;
import java.util.Map;

import io.github.problemdetails.mapping.MappingSettings;
import io.github.problemdetails.mapping.ProblemMembers;

/**
 * The mapping settings of the sample app, which the benchmarks map with.
 */
final class BenchmarkSettings {

	/** A type base URI, 422 for validation, one configured member. */
	static final MappingSettings SAMPLE = new MappingSettings(URI.create("https://problems.example.com/"), 422,
			Map.of(), Map.of("service", "problem-details-sample"), true, false, false, false, ProblemMembers.TRACE_ID);

	private BenchmarkSettings() {
	}

}

package io.github.problemdetails.mapping;

import io.github.problemdetails.internal.logging.ProblemLogger;
import io.github.problemdetails.internal.mapping.MappingSettings;
import io.github.problemdetails.internal.mapping.ProblemMapper;

/**
 * A fixture of {@code ArchitectureTests}: a public API class that hands out internal types in a field, a
 * constructor and a method, and keeps one to itself. Never used.
 */
public class ApiExposingAnInternalType {

	public MappingSettings settings = MappingSettings.defaults();

	public ApiExposingAnInternalType(ProblemLogger logger) {
	}

	public ProblemMapper mapper() {
		return hidden();
	}

	ProblemMapper hidden() {
		return new ProblemMapper(this.settings);
	}

}

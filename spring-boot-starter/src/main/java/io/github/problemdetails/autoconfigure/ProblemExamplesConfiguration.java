package io.github.problemdetails.autoconfigure;

import io.github.problemdetails.internal.catalog.ProblemExamples;
import io.github.problemdetails.internal.json.ProblemJsonWriter;
import io.github.problemdetails.internal.mapping.ProblemMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The example problems that the problem type catalogue and the OpenAPI document both show,
 * imported by each of their auto-configurations so that either works without the other.
 */
@Configuration(proxyBeanMethods = false)
class ProblemExamplesConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ProblemExamples problemDetailsExamples(ProblemMapper mapper, ProblemJsonWriter jsonWriter) {
		return new ProblemExamples(mapper, jsonWriter);
	}

}

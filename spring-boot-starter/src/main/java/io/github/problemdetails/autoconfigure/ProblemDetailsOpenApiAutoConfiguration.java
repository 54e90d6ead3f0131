package io.github.problemdetails.autoconfigure;

import io.github.problemdetails.internal.catalog.ProblemExamples;
import io.github.problemdetails.internal.mapping.MappingSettings;
import io.github.problemdetails.internal.mapping.ProblemMapper;
import io.github.problemdetails.internal.openapi.ProblemOperationCustomizer;
import io.github.problemdetails.internal.openapi.ProblemSchemas;
import org.springdoc.core.customizers.GlobalOperationComponentsCustomizer;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Auto-configuration that documents the problem responses of every operation in the OpenAPI
 * document of springdoc-openapi, when it is on the classpath.
 */
// Before springdoc's own configuration, which collects the operation customizers.
@AutoConfiguration(after = { ProblemDetailsAutoConfiguration.class, ProblemDetailsCatalogAutoConfiguration.class },
		beforeName = "org.springdoc.core.configuration.SpringDocConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(GlobalOperationComponentsCustomizer.class)
@ConditionalOnBean(ProblemMapper.class)
@Import(ProblemExamplesConfiguration.class)
public final class ProblemDetailsOpenApiAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ProblemSchemas problemDetailsSchemas(MappingSettings settings) {
		return new ProblemSchemas(settings.traceIdMember());
	}

	@Bean
	@ConditionalOnMissingBean
	ProblemOperationCustomizer problemDetailsOperationCustomizer(ProblemExamples examples, ProblemSchemas schemas) {
		return new ProblemOperationCustomizer(examples, schemas);
	}

}

package io.github.problemdetails.autoconfigure;

import io.github.problemdetails.internal.data.DataAccessExceptionRules;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataAccessException;

/**
 * Auto-configuration that answers Spring's data-access exceptions (duplicate keys, optimistic
 * locking, transient failures, missing rows) with the contract's problems.
 */
@AutoConfiguration(after = ProblemDetailsAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DataAccessException.class)
@ConditionalOnBooleanProperty(name = "problem-details.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "problem-details.data.enabled", matchIfMissing = true)
@EnableConfigurationProperties(ProblemDetailsDataProperties.class)
public final class ProblemDetailsDataAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	DataAccessExceptionRules problemDetailsDataAccessRules(ProblemDetailsDataProperties properties) {
		return new DataAccessExceptionRules(properties.getRetryAfter(),
				properties.getConditionalOptimisticLockStatus());
	}

}

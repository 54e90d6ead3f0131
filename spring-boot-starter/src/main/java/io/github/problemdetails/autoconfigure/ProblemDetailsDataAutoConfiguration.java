package io.github.problemdetails.autoconfigure;

import java.time.Duration;

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
@EnableConfigurationProperties(ProblemDetailsProperties.class)
public final class ProblemDetailsDataAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	DataAccessExceptionRules problemDetailsDataAccessRules(ProblemDetailsProperties properties) {
		ProblemDetailsProperties.Data data = properties.getData();
		Duration retryAfter = data.getRetryAfter();
		if (retryAfter != null && retryAfter.isNegative()) {
			throw new InvalidProblemDetailsPropertyException("problem-details.data.retry-after", retryAfter,
					"must not be negative", "set a delay such as '30s', or remove it to send no Retry-After header.");
		}
		int lockStatus = data.getConditionalOptimisticLockStatus();
		if (lockStatus != 409 && lockStatus != 412) {
			throw new InvalidProblemDetailsPropertyException("problem-details.data.conditional-optimistic-lock-status",
					lockStatus, "must be 409 or 412",
					"set it to 409 (the contract's default) or 412 to answer conditional requests with Precondition Failed.");
		}
		return new DataAccessExceptionRules(retryAfter, lockStatus);
	}

}

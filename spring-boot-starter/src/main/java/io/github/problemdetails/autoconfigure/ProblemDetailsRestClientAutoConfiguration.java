package io.github.problemdetails.autoconfigure;

import io.github.problemdetails.client.UpstreamExceptionRules;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.web.client.RestClientException;

/**
 * Auto-configuration that answers failed calls to upstream services through
 * {@code RestClient} or {@code RestTemplate} with 502, 503 or 504 problems.
 */
@AutoConfiguration(after = ProblemDetailsAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(RestClientException.class)
@ConditionalOnBooleanProperty(name = "problem-details.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "problem-details.client.enabled", matchIfMissing = true)
@EnableConfigurationProperties(ProblemDetailsProperties.class)
public final class ProblemDetailsRestClientAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	UpstreamExceptionRules problemDetailsUpstreamRules(ProblemDetailsProperties properties) {
		ProblemDetailsProperties.Client client = properties.getClient();
		int connectionFailureStatus = client.getConnectionFailureStatus();
		if (connectionFailureStatus != 502 && connectionFailureStatus != 503) {
			throw new InvalidProblemDetailsPropertyException("problem-details.client.connection-failure-status",
					connectionFailureStatus, "must be 502 or 503",
					"set it to 502 (the contract's default) or 503 to answer an unreachable upstream with Service Unavailable.");
		}
		return new UpstreamExceptionRules(connectionFailureStatus, client.isExposeUpstream());
	}

}

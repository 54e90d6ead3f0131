package io.github.problemdetails.autoconfigure;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * Configuration of the mapping of Spring's data-access exceptions, under the
 * {@code problem-details.data} prefix.
 */
@ConfigurationProperties(prefix = ProblemDetailsDataProperties.PREFIX, ignoreUnknownFields = false)
public class ProblemDetailsDataProperties implements InitializingBean {

	static final String PREFIX = "problem-details.data";

	/**
	 * Whether to map Spring's data-access exceptions (duplicate keys, optimistic locking,
	 * transient failures).
	 */
	private boolean enabled = true;

	/**
	 * Retry-After of 503 answers to transient data-access failures; none is sent when not
	 * set.
	 */
	private @Nullable Duration retryAfter;

	/**
	 * Status of an optimistic-locking failure when the request was conditional (If-Match or
	 * If-Unmodified-Since): 409 or 412.
	 */
	private int conditionalOptimisticLockStatus = 409;

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public @Nullable Duration getRetryAfter() {
		return this.retryAfter;
	}

	public void setRetryAfter(@Nullable Duration retryAfter) {
		this.retryAfter = retryAfter;
	}

	public int getConditionalOptimisticLockStatus() {
		return this.conditionalOptimisticLockStatus;
	}

	public void setConditionalOptimisticLockStatus(int conditionalOptimisticLockStatus) {
		this.conditionalOptimisticLockStatus = conditionalOptimisticLockStatus;
	}

	/**
	 * Stop startup on a value that cannot work.
	 * @throws InvalidConfigurationPropertyValueException if the delay is negative or the status
	 * neither 409 nor 412
	 */
	@Override
	public void afterPropertiesSet() {
		if (this.retryAfter != null && this.retryAfter.isNegative()) {
			throw new InvalidConfigurationPropertyValueException(PREFIX + ".retry-after", this.retryAfter,
					"Must not be negative. Set a delay such as '30s', or remove it to send no Retry-After header.");
		}
		if (this.conditionalOptimisticLockStatus != 409 && this.conditionalOptimisticLockStatus != 412) {
			throw new InvalidConfigurationPropertyValueException(PREFIX + ".conditional-optimistic-lock-status",
					this.conditionalOptimisticLockStatus,
					"Must be 409 or 412. Set it to 409 (the contract's default), or to 412 to answer a conditional "
							+ "request whose version is stale with Precondition Failed.");
		}
	}

}

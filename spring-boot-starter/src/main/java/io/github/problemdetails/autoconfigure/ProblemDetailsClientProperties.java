package io.github.problemdetails.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import io.github.problemdetails.core.ProblemStatus;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.util.unit.DataSize;

/**
 * Configuration of the failures of calls to upstream services through RestClient or
 * RestTemplate, under the {@code problem-details.client} prefix.
 */
@ConfigurationProperties(prefix = ProblemDetailsClientProperties.PREFIX, ignoreUnknownFields = false)
public class ProblemDetailsClientProperties implements InitializingBean {

	static final String PREFIX = "problem-details.client";

	// A problem is a few hundred bytes; past this the limit no longer protects memory.
	private static final DataSize MAX_PROBLEM_SIZE_LIMIT = DataSize.ofMegabytes(1);

	/**
	 * Whether to map failures of upstream calls (502 for errors and unusable answers, 504
	 * for timeouts).
	 */
	private boolean enabled = true;

	/**
	 * Status when an upstream cannot be reached at all (connection refused, unknown host):
	 * 502 or 503.
	 */
	private int connectionFailureStatus = 502;

	/**
	 * Whether the detail names the upstream host that failed.
	 */
	private boolean exposeUpstream;

	/**
	 * Upstream statuses (400 to 499) whose problems reach the client with that status and
	 * the upstream's type, code and field errors, instead of a 502.
	 */
	private List<Integer> passthroughStatuses = new ArrayList<>();

	/**
	 * Whether a passed-through problem keeps the upstream's "detail".
	 */
	private boolean forwardDetail;

	/**
	 * Whether a passed-through problem carries the upstream's "instance" as
	 * "upstreamInstance".
	 */
	private boolean forwardInstance;

	/**
	 * Whether a passed-through problem carries the upstream's trace ID as
	 * "upstreamTraceId".
	 */
	private boolean forwardTraceId;

	/**
	 * Largest upstream problem body read; a longer one is treated as an unusable answer.
	 */
	private DataSize maxProblemSize = DataSize.ofKilobytes(64);

	/**
	 * Whether calls through Spring Boot's RestClient and RestTemplate builders carry the
	 * request's trace ID as W3C "traceparent" when no tracing library sets it.
	 */
	private boolean propagateTraceContext = true;

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public int getConnectionFailureStatus() {
		return this.connectionFailureStatus;
	}

	public void setConnectionFailureStatus(int connectionFailureStatus) {
		this.connectionFailureStatus = connectionFailureStatus;
	}

	public boolean isExposeUpstream() {
		return this.exposeUpstream;
	}

	public void setExposeUpstream(boolean exposeUpstream) {
		this.exposeUpstream = exposeUpstream;
	}

	public List<Integer> getPassthroughStatuses() {
		return this.passthroughStatuses;
	}

	public void setPassthroughStatuses(List<Integer> passthroughStatuses) {
		this.passthroughStatuses = passthroughStatuses;
	}

	public boolean isForwardDetail() {
		return this.forwardDetail;
	}

	public void setForwardDetail(boolean forwardDetail) {
		this.forwardDetail = forwardDetail;
	}

	public boolean isForwardInstance() {
		return this.forwardInstance;
	}

	public void setForwardInstance(boolean forwardInstance) {
		this.forwardInstance = forwardInstance;
	}

	public boolean isForwardTraceId() {
		return this.forwardTraceId;
	}

	public void setForwardTraceId(boolean forwardTraceId) {
		this.forwardTraceId = forwardTraceId;
	}

	public DataSize getMaxProblemSize() {
		return this.maxProblemSize;
	}

	public void setMaxProblemSize(DataSize maxProblemSize) {
		this.maxProblemSize = maxProblemSize;
	}

	public boolean isPropagateTraceContext() {
		return this.propagateTraceContext;
	}

	public void setPropagateTraceContext(boolean propagateTraceContext) {
		this.propagateTraceContext = propagateTraceContext;
	}

	/**
	 * Stop startup on a value that cannot work.
	 * @throws InvalidConfigurationPropertyValueException if a status or the size is out of range
	 */
	@Override
	public void afterPropertiesSet() {
		if (this.connectionFailureStatus != 502 && this.connectionFailureStatus != 503) {
			throw new InvalidConfigurationPropertyValueException(PREFIX + ".connection-failure-status",
					this.connectionFailureStatus, "Must be 502 or 503. Set it to 502 (the contract's default), or to "
							+ "503 to answer an unreachable upstream with Service Unavailable.");
		}
		for (Integer status : this.passthroughStatuses) {
			// Contract: an upstream's server error is our 502; only its client errors may be the client's business.
			if (status == null || !ProblemStatus.isClientError(status)) {
				throw new InvalidConfigurationPropertyValueException(PREFIX + ".passthrough-statuses", status,
						"Must list client error statuses from 400 to 499, and " + status + " is none. List upstream "
								+ "client errors such as 404, 409 or 422; upstream server errors always answer 502.");
			}
		}
		if (this.maxProblemSize.toBytes() <= 0 || this.maxProblemSize.compareTo(MAX_PROBLEM_SIZE_LIMIT) > 0) {
			throw new InvalidConfigurationPropertyValueException(PREFIX + ".max-problem-size", this.maxProblemSize,
					"Must be more than 0 and at most 1MB. Use a size such as 64KB (the default).");
		}
	}

}

package io.github.problemdetails.internal.mapping;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import io.github.problemdetails.core.ProblemMembers;
import org.jspecify.annotations.Nullable;

/**
 * Settings of the mapping engine, taken from the application's configuration once, after it
 * has been checked. Built with {@link #builder()}; every value not set keeps the contract's
 * default.
 */
public final class MappingSettings {

	/** Most entries of {@code errors} unless configured: enough for any form, bounded for any request. */
	public static final int DEFAULT_MAX_ERRORS = 100;

	private static final MappingSettings DEFAULTS = builder().build();

	private final @Nullable URI typeBaseUri;

	private final int validationStatus;

	private final Map<Integer, String> titles;

	private final Map<String, String> extensions;

	private final boolean includeInstance;

	private final boolean includeTimestamp;

	private final boolean exposeClientErrorMessages;

	private final boolean includeRejectedValues;

	private final int maxErrors;

	private final String traceIdMember;

	private final @Nullable String challenge;

	private final Map<Class<?>, ConfiguredMapping> exceptionMappings;

	private MappingSettings(Builder builder) {
		this.typeBaseUri = builder.typeBaseUri;
		this.validationStatus = builder.validationStatus;
		this.titles = Map.copyOf(builder.titles);
		this.extensions = configuredMembers(builder.extensions, builder.traceIdMember);
		this.includeInstance = builder.includeInstance;
		this.includeTimestamp = builder.includeTimestamp;
		this.exposeClientErrorMessages = builder.exposeClientErrorMessages;
		this.includeRejectedValues = builder.includeRejectedValues;
		this.maxErrors = builder.maxErrors;
		this.traceIdMember = builder.traceIdMember;
		this.challenge = builder.challenge;
		this.exceptionMappings = Map.copyOf(builder.exceptionMappings);
	}

	// Contract: a configured member never overwrites a standard member, one the starter writes or the trace ID;
	// decided once here rather than for every problem.
	private static Map<String, String> configuredMembers(Map<String, String> configured, String traceIdMember) {
		Map<String, String> members = new LinkedHashMap<>();
		configured.forEach((name, value) -> {
			if (!ProblemMembers.isReserved(name, traceIdMember)) {
				members.put(name, value);
			}
		});
		return Collections.unmodifiableMap(members);
	}

	/**
	 * The contract's defaults: {@code about:blank} types, validation answered with 422,
	 * {@code instance} included, nothing else added.
	 * @return the settings
	 */
	public static MappingSettings defaults() {
		return DEFAULTS;
	}

	/**
	 * A builder that starts from the contract's defaults.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/** Absolute URI, or path such as {@code /problems/}, that slugs are appended to; {@code null} for {@code about:blank}. */
	public @Nullable URI typeBaseUri() {
		return this.typeBaseUri;
	}

	/** Status of validation problems, 400 or 422. */
	public int validationStatus() {
		return this.validationStatus;
	}

	/** Titles by status, for problems whose exception gives none. */
	public Map<Integer, String> titles() {
		return this.titles;
	}

	/**
	 * Members added to every problem, in their configured order, without a name that is
	 * reserved (a standard member, one the starter writes, the trace ID's).
	 */
	public Map<String, String> extensions() {
		return this.extensions;
	}

	/** Whether problems carry the request path as {@code instance}. */
	public boolean includeInstance() {
		return this.includeInstance;
	}

	/** Whether problems carry the time of the failure as {@code timestamp}. */
	public boolean includeTimestamp() {
		return this.includeTimestamp;
	}

	/** Whether the reasons of Spring's 4xx exceptions are shown. */
	public boolean exposeClientErrorMessages() {
		return this.exposeClientErrorMessages;
	}

	/** Whether validation violations show the rejected value. */
	public boolean includeRejectedValues() {
		return this.includeRejectedValues;
	}

	/** Most entries of {@code errors}; a problem with more violations lists the first and counts them all. */
	public int maxErrors() {
		return this.maxErrors;
	}

	/** Name of the trace-ID member. */
	public String traceIdMember() {
		return this.traceIdMember;
	}

	/**
	 * {@code WWW-Authenticate} challenge of a 401 whose exception names none, before the request's own;
	 * {@code null} for the request's.
	 * @see AuthenticationChallenge
	 */
	public @Nullable String challenge() {
		return this.challenge;
	}

	/** Mappings of exception classes and interfaces given in configuration. */
	public Map<Class<?>, ConfiguredMapping> exceptionMappings() {
		return this.exceptionMappings;
	}

	/**
	 * Builds {@link MappingSettings}; not thread-safe.
	 */
	public static final class Builder {

		private @Nullable URI typeBaseUri;

		private int validationStatus = 422;

		private Map<Integer, String> titles = Map.of();

		private Map<String, String> extensions = Map.of();

		private boolean includeInstance = true;

		private boolean includeTimestamp;

		private boolean exposeClientErrorMessages;

		private boolean includeRejectedValues;

		private int maxErrors = DEFAULT_MAX_ERRORS;

		private String traceIdMember = ProblemMembers.TRACE_ID;

		private @Nullable String challenge;

		private Map<Class<?>, ConfiguredMapping> exceptionMappings = new LinkedHashMap<>();

		private Builder() {
		}

		public Builder typeBaseUri(@Nullable URI typeBaseUri) {
			this.typeBaseUri = typeBaseUri;
			return this;
		}

		public Builder validationStatus(int validationStatus) {
			this.validationStatus = validationStatus;
			return this;
		}

		public Builder titles(Map<Integer, String> titles) {
			this.titles = Objects.requireNonNull(titles, "'titles' must not be null");
			return this;
		}

		public Builder extensions(Map<String, String> extensions) {
			this.extensions = Objects.requireNonNull(extensions, "'extensions' must not be null");
			return this;
		}

		public Builder includeInstance(boolean includeInstance) {
			this.includeInstance = includeInstance;
			return this;
		}

		public Builder includeTimestamp(boolean includeTimestamp) {
			this.includeTimestamp = includeTimestamp;
			return this;
		}

		public Builder exposeClientErrorMessages(boolean exposeClientErrorMessages) {
			this.exposeClientErrorMessages = exposeClientErrorMessages;
			return this;
		}

		public Builder includeRejectedValues(boolean includeRejectedValues) {
			this.includeRejectedValues = includeRejectedValues;
			return this;
		}

		public Builder maxErrors(int maxErrors) {
			if (maxErrors <= 0) {
				throw new IllegalArgumentException("'maxErrors' must be positive");
			}
			this.maxErrors = maxErrors;
			return this;
		}

		public Builder traceIdMember(String traceIdMember) {
			this.traceIdMember = Objects.requireNonNull(traceIdMember, "'traceIdMember' must not be null");
			return this;
		}

		public Builder challenge(@Nullable String challenge) {
			this.challenge = challenge;
			return this;
		}

		public Builder exceptionMappings(Map<Class<?>, ConfiguredMapping> exceptionMappings) {
			this.exceptionMappings = Objects.requireNonNull(exceptionMappings, "'exceptionMappings' must not be null");
			return this;
		}

		public MappingSettings build() {
			return new MappingSettings(this);
		}

	}

}

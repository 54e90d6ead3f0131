package io.github.problemdetails.internal.mapping;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.problemdetails.core.BoundedText;
import io.github.problemdetails.core.FieldViolation;
import io.github.problemdetails.core.Problem;
import io.github.problemdetails.core.ProblemMembers;
import io.github.problemdetails.core.ProblemStatus;
import io.github.problemdetails.core.exception.ProblemException;
import io.github.problemdetails.mapping.ExceptionRule;
import io.github.problemdetails.mapping.ExceptionRuleSet;
import io.github.problemdetails.mapping.ProblemDraft;
import io.github.problemdetails.mapping.ProblemRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.logging.LogLevel;
import org.springframework.context.MessageSource;
import org.springframework.web.ErrorResponse;

/**
 * The single mapping engine: turns any {@link Throwable} into the problem, status, headers
 * and log level that the contract asks for. Every entry point (controller advice, error
 * endpoint, security handlers) calls it; none maps on its own. Free of the Servlet API.
 *
 * <p>The rule for an exception class is chosen once and cached; per request the engine only
 * reads the exception's own values and builds the problem.
 */
public class ProblemMapper {

	// Spring's own convention for ProblemDetail messages, keyed here by our type slug.
	private static final String TITLE_CODE_PREFIX = "problemDetail.title.";

	private static final String DETAIL_CODE_PREFIX = "problemDetail.";

	private static final Object[] NO_ARGUMENTS = {};

	private static final ClassValue<String> SPRING_DETAIL_CODES = new ClassValue<>() {
		@Override
		protected String computeValue(Class<?> exceptionClass) {
			return DETAIL_CODE_PREFIX + exceptionClass.getName();
		}
	};

	// Slugs come from code, so there are few; the bound only guards against a slug built from input.
	private static final int MAX_CACHED_TYPES = 1024;

	private final MappingSettings settings;

	private final ExceptionRules rules;

	private final @Nullable MessageSource messageSource;

	// Everything that depends only on the type slug, resolved once per slug instead of per request.
	private final Map<String, ResolvedType> resolvedTypes = new ConcurrentHashMap<>();

	/**
	 * Create an engine with the built-in rules only.
	 * @param settings the engine's settings
	 */
	public ProblemMapper(MappingSettings settings) {
		this(settings, List.of(), null);
	}

	/**
	 * Create an engine with the built-in rules and further rule sets.
	 * @param settings the engine's settings
	 * @param ruleSets rule sets of integrations and of the application, in order; a later set
	 * wins over an earlier one for the same exception class
	 */
	public ProblemMapper(MappingSettings settings, List<ExceptionRuleSet> ruleSets) {
		this(settings, ruleSets, null);
	}

	/**
	 * Create an engine.
	 * @param settings the engine's settings, with the configured exception mappings
	 * @param ruleSets rule sets of integrations and of the application, in order; a later set
	 * wins over an earlier one for the same exception class
	 * @param messageSource source of localised titles and details ({@code problemDetail.title.<type>}
	 * and {@code problemDetail.<type>}), or {@code null} for none
	 */
	public ProblemMapper(MappingSettings settings, List<ExceptionRuleSet> ruleSets,
			@Nullable MessageSource messageSource) {
		this.settings = settings;
		Map<Class<? extends Throwable>, ExceptionRule> rulesByClass = new LinkedHashMap<>(
				BuiltInExceptionRules.create(settings));
		ruleSets.forEach((ruleSet) -> rulesByClass.putAll(ruleSet.rules()));
		this.rules = new ExceptionRules(rulesByClass, settings);
		this.messageSource = messageSource;
	}

	/**
	 * Map a failure to a problem.
	 * @param exception the failure
	 * @param request the failed request
	 * @return the mapped problem
	 */
	public MappedProblem map(Throwable exception, ProblemRequest request) {
		ExceptionRules.Resolution resolution = this.rules.resolutionFor(exception.getClass());
		ProblemDraft draft = resolution.rule().describe(exception, request);
		return build(draft, request, exception, resolution.logLevel());
	}

	/**
	 * Map a failure of which only the status is known, such as a container's
	 * {@code sendError}.
	 * @param status the HTTP status; a status below 400 is answered as 500
	 * @param request the failed request
	 * @return the mapped problem
	 */
	public MappedProblem mapStatus(int status, ProblemRequest request) {
		int errorStatus = ProblemStatus.isError(status) ? status : 500;
		return build(ProblemDraft.ofStatus(errorStatus), request, null, null);
	}

	/**
	 * Map a failure that a web server dispatched to its error handling with a status of its own
	 * choosing: the failure's problem when there is one, else the problem for the server's
	 * status. When the engine knows nothing better than 500 for the failure but the server chose
	 * a client error (for a request it rejected), the server's status is kept, with the failure
	 * still to be logged.
	 * @param exception the failure, or {@code null} when only the status is known
	 * @param containerStatus the status the server chose
	 * @param request the failed request
	 * @return the mapped problem
	 */
	public MappedProblem mapDispatchedError(@Nullable Throwable exception, int containerStatus,
			ProblemRequest request) {
		if (exception == null) {
			return mapStatus(containerStatus, request);
		}
		MappedProblem mapped = map(exception, request);
		if (mapped.status() != 500 || !ProblemStatus.isClientError(containerStatus)) {
			return mapped;
		}
		MappedProblem byStatus = mapStatus(containerStatus, request);
		return new MappedProblem(byStatus.problem(), byStatus.headers(), byStatus.logLevel(), exception);
	}

	/**
	 * Map a problem of which only the draft is known, such as a kind of problem that the
	 * service documents (API examples, the problem type catalogue): the same type URI, title,
	 * detail and members as a real failure of that kind.
	 * @param draft what is known of the problem
	 * @param request the request the problem would answer
	 * @return the mapped problem
	 */
	public MappedProblem mapDraft(ProblemDraft draft, ProblemRequest request) {
		return build(draft, request, null, null);
	}

	/**
	 * Return the settings of this engine.
	 * @return the settings
	 */
	public MappingSettings settings() {
		return this.settings;
	}

	private MappedProblem build(ProblemDraft draft, ProblemRequest request, @Nullable Throwable exception,
			@Nullable LogLevel logLevel) {
		int status = draft.status();
		ResolvedType type = resolvedType((draft.type() != null) ? draft.type() : StatusKinds.slug(status));
		Problem.Builder problem = Problem.builder()
			.status(status)
			.type(type.uri())
			.title(titleOf(draft, type, request))
			.detail(detailOf(draft, type, exception, request));
		URI instanceUri = this.settings.includeInstance() ? toUri(request.path()) : null;
		if (instanceUri != null) {
			problem.instance(instanceUri);
		}
		if (request.traceId() != null) {
			problem.extension(this.settings.traceIdMember(), request.traceId());
		}
		if (draft.code() != null) {
			problem.extension(ProblemMembers.CODE, draft.code());
		}
		if (!draft.violations().isEmpty()) {
			problem.extension(ProblemMembers.ERRORS, violationsOf(draft));
			// Contract: a bounded list, and the total count when more exist, so that no answer grows with the request.
			if (draft.violations().size() > this.settings.maxErrors()) {
				problem.extension(ProblemMembers.ERROR_COUNT, draft.violations().size());
			}
		}
		addExtensions(problem, draft.extensions());
		if (this.settings.includeTimestamp()) {
			problem.extension(ProblemMembers.TIMESTAMP, Instant.now().toString());
		}
		addConfiguredExtensions(problem, draft);
		return new MappedProblem(problem.build(), draft.headers(), logLevel, exception);
	}

	// The first violations in the draft's order (the built-in rules sort them); rejected values are not echoed
	// unless configured, whoever made the violations.
	private List<FieldViolation> violationsOf(ProblemDraft draft) {
		List<FieldViolation> listed = draft.violations();
		if (listed.size() > this.settings.maxErrors()) {
			listed = listed.subList(0, this.settings.maxErrors());
		}
		if (this.settings.includeRejectedValues()) {
			return List.copyOf(listed);
		}
		List<FieldViolation> violations = new ArrayList<>(listed.size());
		for (FieldViolation violation : listed) {
			violations.add((violation.rejectedValue() != null) ? violation.withRejectedValue(null) : violation);
		}
		return violations;
	}

	// Contract: an extension member never overwrites a standard member, a member the starter writes or the trace ID.
	private void addExtensions(Problem.Builder problem, Map<String, Object> extensions) {
		extensions.forEach((name, value) -> {
			if (!ProblemMembers.isReserved(name, this.settings.traceIdMember())) {
				problem.extension(name, value);
			}
		});
	}

	// Configured members never replace one that the problem already has.
	private void addConfiguredExtensions(Problem.Builder problem, ProblemDraft draft) {
		this.settings.extensions().forEach((name, value) -> {
			if (!draft.extensions().containsKey(name) && !ProblemMembers.isReserved(name, this.settings.traceIdMember())) {
				problem.extension(name, value);
			}
		});
	}

	// Our typed exceptions and configured mappings are localised by type slug with our arguments; Spring's
	// own exceptions by class name with Spring's arguments, as Spring's ProblemDetail convention has it, since
	// exceptions that share a slug (an unknown route and a missing order) do not share arguments.
	private @Nullable String localisedDetail(ResolvedType type, @Nullable Throwable exception,
			ProblemRequest request) {
		if (exception == null) {
			return null;
		}
		if (exception instanceof ProblemException problem) {
			return message(type.detailCode(), problem.getDetailArguments().toArray(), request);
		}
		if (exception instanceof ErrorResponse errorResponse) {
			String code = SPRING_DETAIL_CODES.get(exception.getClass());
			// Spring builds some arguments at a cost (a failed validation lists every field error), and most
			// applications have no message for most exceptions: the arguments only for a message that uses them.
			if (message(code, null, request) == null) {
				return null;
			}
			Object[] arguments = errorResponse.getDetailMessageArguments();
			return message(code, (arguments != null) ? arguments : NO_ARGUMENTS, request);
		}
		return message(type.detailCode(), NO_ARGUMENTS, request);
	}

	// Without arguments the message source answers the message as written, or null when there is none.
	private @Nullable String message(String code, Object @Nullable [] arguments, ProblemRequest request) {
		if (this.messageSource == null) {
			return null;
		}
		return this.messageSource.getMessage(code, arguments, null, request.locale());
	}

	private String titleOf(ProblemDraft draft, ResolvedType type, ProblemRequest request) {
		String localised = message(type.titleCode(), NO_ARGUMENTS, request);
		if (localised != null) {
			return localised;
		}
		String configured = this.settings.titles().get(draft.status());
		if (configured != null) {
			return configured;
		}
		// RFC 9457 §4.2.1: with about:blank the title should be the status's reason phrase.
		if (Problem.BLANK_TYPE.equals(type.uri())) {
			return StatusKinds.reasonPhrase(draft.status());
		}
		return (draft.title() != null) ? draft.title() : StatusKinds.title(draft.status());
	}

	private String detailOf(ProblemDraft draft, ResolvedType type, @Nullable Throwable exception,
			ProblemRequest request) {
		// The arguments are only read when there are messages to format them into.
		String localised = (this.messageSource != null) ? localisedDetail(type, exception, request) : null;
		String detail = (localised != null) ? localised : draft.detail();
		if (detail == null) {
			return StatusKinds.detail(draft.status());
		}
		return BoundedText.cut(detail, BoundedText.MAX_DETAIL_LENGTH);
	}

	private ResolvedType resolvedType(String type) {
		ResolvedType cached = this.resolvedTypes.get(type);
		if (cached != null) {
			return cached;
		}
		ResolvedType resolved = new ResolvedType(resolveType(type), TITLE_CODE_PREFIX + type,
				DETAIL_CODE_PREFIX + type);
		if (this.resolvedTypes.size() < MAX_CACHED_TYPES) {
			this.resolvedTypes.put(type, resolved);
		}
		return resolved;
	}

	private URI resolveType(String type) {
		if (type.indexOf(':') >= 0) {
			try {
				return new URI(type);
			}
			catch (URISyntaxException ex) {
				return Problem.BLANK_TYPE;
			}
		}
		URI base = this.settings.typeBaseUri();
		if (base == null) {
			return Problem.BLANK_TYPE;
		}
		String prefix = base.toString();
		return URI.create(prefix.endsWith("/") ? prefix + type : prefix + "/" + type);
	}

	private static @Nullable URI toUri(@Nullable String path) {
		if (path == null || path.isEmpty()) {
			return null;
		}
		try {
			return new URI(path);
		}
		catch (URISyntaxException ex) {
			// A path the container accepted but that is no URI reference: leave the member out.
			return null;
		}
	}

	/**
	 * A type slug resolved for the problems of its type.
	 *
	 * @param uri the problem's {@code type}
	 * @param titleCode the message code of its localised title
	 * @param detailCode the message code of its localised detail
	 */
	private record ResolvedType(URI uri, String titleCode, String detailCode) {
	}

}

package io.github.problemdetails.internal.mapping;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.problemdetails.core.BoundedText;
import io.github.problemdetails.core.FieldViolation;
import io.github.problemdetails.core.Problem;
import io.github.problemdetails.core.ProblemMembers;
import io.github.problemdetails.core.ProblemStatus;
import io.github.problemdetails.core.exception.ProblemException;
import io.github.problemdetails.internal.mapping.ProblemTexts.Localised;
import io.github.problemdetails.internal.mapping.ProblemTexts.ResolvedType;
import io.github.problemdetails.mapping.ExceptionRule;
import io.github.problemdetails.mapping.ExceptionRuleSet;
import io.github.problemdetails.mapping.ProblemDraft;
import io.github.problemdetails.mapping.ProblemRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.logging.LogLevel;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;

/**
 * The single mapping engine: turns any {@link Throwable} into the problem, status, headers
 * and log level that the contract asks for. Every entry point (controller advice, error
 * endpoint, security handlers) calls it; none maps on its own. Free of the Servlet API.
 *
 * <p>The rule for an exception class is chosen once and cached; per request the engine only
 * reads the exception's own values and builds the problem. A problem that the application built
 * itself (a {@link ProblemDetail} it returns, the body of its own {@link ErrorResponse}) is
 * completed to the contract instead, keeping what the application set.
 */
public class ProblemMapper {

	private static final ClassValue<String> SPRING_DETAIL_CODES = new ClassValue<>() {
		@Override
		protected String computeValue(Class<?> exceptionClass) {
			return "problemDetail." + exceptionClass.getName();
		}
	};

	private final MappingSettings settings;

	private final ExceptionRules rules;

	private final ProblemTexts texts;

	private final ProblemCompletion completion;

	private final ApplicationProblems applicationProblems;

	private final OutsideControllerExceptions answeredOutsideControllers;

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
		this.texts = new ProblemTexts(settings, messageSource);
		this.completion = new ProblemCompletion(settings, this.texts);
		this.applicationProblems = new ApplicationProblems(settings, this.texts, this.completion);
		this.answeredOutsideControllers = new OutsideControllerExceptions(ruleSets);
	}

	/**
	 * Map a failure to a problem.
	 * @param exception the failure
	 * @param request the failed request
	 * @return the mapped problem
	 */
	public MappedProblem map(Throwable exception, ProblemRequest request) {
		ExceptionRules.Resolution resolution = this.rules.resolutionFor(exception.getClass());
		if (resolution.applicationBuilt()) {
			MappedProblem mapped = this.applicationProblems.map((ErrorResponse) exception, request,
					resolution.logLevel());
			if (mapped != null) {
				return mapped;
			}
		}
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
	 * status. The server's client-error status is kept, with the failure still to be logged, when
	 * the engine knows nothing better than 500 for the failure (a request the server rejected),
	 * and when a filter around the application answered the failure itself (Spring Security's 401
	 * for an anonymous user's access denial, see {@link #isAnsweredOutsideControllers}).
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
		if (mapped.status() == containerStatus || !ProblemStatus.isClientError(containerStatus)
				|| (mapped.status() != 500 && !isAnsweredOutsideControllers(exception))) {
			return mapped;
		}
		MappedProblem byStatus = mapStatus(containerStatus, request);
		return new MappedProblem(byStatus.problem(), byStatus.headers(), byStatus.logLevel(), exception,
				byStatus.language());
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
	 * Complete a problem that the application built itself, in place: what the application set
	 * is kept, what the contract asks for and the problem lacks is added (a resolved
	 * {@code type} for {@code about:blank}, title and detail, {@code instance}, the trace ID, the
	 * configured members); members named like standard members are dropped, since they would
	 * be written twice.
	 * @param problem the application's problem
	 * @param status the status of the response that carries it, 400 to 599
	 * @param request the request it answers
	 * @return the locale that its title or detail was translated into, for
	 * {@code Content-Language}, or {@code null} when neither was
	 */
	public @Nullable Locale complete(ProblemDetail problem, int status, ProblemRequest request) {
		return this.completion.complete(problem, status, request);
	}

	/**
	 * Whether a failed controller leaves the failure to a filter around the application, as an
	 * integration's rules declare: decided once per exception class.
	 * @param exception the failure
	 * @return whether the failure is answered outside the controllers
	 * @see ExceptionRuleSet#answeredOutsideControllers()
	 */
	public boolean isAnsweredOutsideControllers(Throwable exception) {
		return this.answeredOutsideControllers.get(exception.getClass());
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
		ResolvedType type = this.texts.type((draft.type() != null) ? draft.type() : StatusKinds.slug(status));
		Localised title = this.texts.localised(type.titleCode(), ProblemTexts.NO_ARGUMENTS, request.locale());
		Localised detail = this.texts.hasMessages() ? localisedDetail(type, exception, request) : null;
		Problem.Builder problem = Problem.builder()
			.status(status)
			.type(type.uri())
			.title((title != null) ? title.text() : this.texts.titleOf(status, type, draft.title()))
			.detail(detailOf(draft, detail));
		URI instanceUri = this.settings.includeInstance() ? ProblemTexts.instanceOf(request.path()) : null;
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
		return new MappedProblem(problem.build(), draft.headers(), logLevel, exception,
				Localised.languageOf(title, detail));
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
			if (!draft.extensions().containsKey(name)) {
				problem.extension(name, value);
			}
		});
	}

	// Our typed exceptions and configured mappings are localised by type slug with our arguments; Spring's
	// own exceptions by class name with Spring's arguments, as Spring's ProblemDetail convention has it, since
	// exceptions that share a slug (an unknown route and a missing order) do not share arguments.
	private @Nullable Localised localisedDetail(ResolvedType type, @Nullable Throwable exception,
			ProblemRequest request) {
		if (exception instanceof ProblemException problem) {
			return this.texts.localised(type.detailCode(), problem.getDetailArguments().toArray(), request.locale());
		}
		if (exception instanceof ErrorResponse errorResponse) {
			String code = SPRING_DETAIL_CODES.get(exception.getClass());
			// Spring builds some arguments at a cost (a failed validation lists every field error), and most
			// applications have no message for most exceptions: the arguments only for a message that uses them.
			if (!this.texts.hasMessage(code, request.locale())) {
				return null;
			}
			Object[] arguments = errorResponse.getDetailMessageArguments();
			return this.texts.localised(code, (arguments != null) ? arguments : ProblemTexts.NO_ARGUMENTS,
					request.locale());
		}
		return this.texts.detailWithoutArguments(type, request.locale());
	}

	private static String detailOf(ProblemDraft draft, @Nullable Localised localised) {
		String detail = (localised != null) ? localised.text() : draft.detail();
		if (detail == null) {
			return StatusKinds.detail(draft.status());
		}
		return BoundedText.cut(detail, BoundedText.MAX_DETAIL_LENGTH);
	}

}

package io.github.problemdetails.internal.openapi;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import io.github.problemdetails.core.Problem;
import io.github.problemdetails.core.ProblemMembers;
import io.github.problemdetails.internal.catalog.DeclaredProblems;
import io.github.problemdetails.internal.catalog.ProblemExamples;
import io.github.problemdetails.internal.mapping.ProblemKind;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.GlobalOperationComponentsCustomizer;

import org.springframework.web.method.HandlerMethod;

/**
 * Adds to every operation the problem responses that it can answer with, from what its handler
 * method shows: a body or typed parameters (400), validation (422 or the configured status),
 * method security or a security requirement (401, 403), declared media types (415, 406), the
 * exceptions of its {@code throws} clause and of {@link ProblemResponse}, and 500 for all.
 * Each response carries an example made by the application's own mapping engine.
 *
 * <p>A status the operation already documents is left as it is.
 */
public class ProblemOperationCustomizer implements GlobalOperationComponentsCustomizer {

	/** Media type of every problem response. */
	public static final String PROBLEM_JSON = "application/problem+json";

	private final ProblemExamples examples;

	private final ProblemSchemas schemas;

	/**
	 * Create a customizer.
	 * @param examples examples made by the application's engine
	 * @param schemas the problem schemas
	 */
	public ProblemOperationCustomizer(ProblemExamples examples, ProblemSchemas schemas) {
		this.examples = examples;
		this.schemas = schemas;
	}

	@Override
	public Operation customize(Operation operation, Components components, HandlerMethod handlerMethod) {
		this.schemas.registerIn(components);
		return customize(operation, handlerMethod);
	}

	@Override
	public Operation customize(Operation operation, HandlerMethod handlerMethod) {
		OperationFacts facts = OperationFacts.of(handlerMethod);
		Map<Integer, Map<String, Problem>> problems = new TreeMap<>();
		if (facts.readsBody()) {
			add(problems, ProblemKind.MALFORMED_BODY, facts, false);
			add(problems, ProblemKind.UNSUPPORTED_MEDIA_TYPE, facts, false);
		}
		if (facts.requiresParameters()) {
			add(problems, ProblemKind.MISSING_PARAMETER, facts, false);
		}
		if (facts.convertsParameters()) {
			add(problems, ProblemKind.INVALID_PARAMETER, facts, false);
		}
		if (facts.validatesBody()) {
			add(problems, ProblemKind.VALIDATION_FAILED, facts, false);
		}
		if (facts.validatesParameters()) {
			add(problems, ProblemKind.VALIDATION_FAILED, facts, true);
		}
		if (facts.consumes()) {
			add(problems, ProblemKind.UNSUPPORTED_MEDIA_TYPE, facts, false);
		}
		if (facts.produces()) {
			add(problems, ProblemKind.NOT_ACCEPTABLE, facts, false);
		}
		if (facts.secured() || (operation.getSecurity() != null && !operation.getSecurity().isEmpty())) {
			add(problems, ProblemKind.UNAUTHENTICATED, facts, false);
			add(problems, ProblemKind.FORBIDDEN, facts, false);
		}
		for (Class<? extends Throwable> exceptionClass : DeclaredProblems.of(handlerMethod.getMethod())) {
			add(problems, this.examples.of(exceptionClass, facts.path()).problem());
		}
		add(problems, ProblemKind.INTERNAL_ERROR, facts, false);
		ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses() : new ApiResponses();
		problems.forEach((status, examples) -> {
			// Never replace what the application documented itself.
			if (!responses.containsKey(String.valueOf(status))) {
				responses.addApiResponse(String.valueOf(status), response(examples));
			}
		});
		operation.setResponses(responses);
		return operation;
	}

	private void add(Map<Integer, Map<String, Problem>> problems, ProblemKind kind, OperationFacts facts,
			boolean parameter) {
		add(problems, this.examples.of(kind, facts.path(), parameter).problem());
	}

	private static void add(Map<Integer, Map<String, Problem>> problems, Problem problem) {
		Map<String, Problem> examples = problems.computeIfAbsent(problem.status(), (status) -> new LinkedHashMap<>());
		String name = exampleName(problem);
		String unique = name;
		for (int i = 2; examples.containsKey(unique) && !same(examples.get(unique), problem); i++) {
			unique = name + "-" + i;
		}
		examples.putIfAbsent(unique, problem);
	}

	private static boolean same(Problem one, Problem other) {
		return one.type().equals(other.type()) && one.status() == other.status()
				&& Objects.equals(one.extensions().get(ProblemMembers.CODE),
						other.extensions().get(ProblemMembers.CODE))
				&& Objects.equals(one.extensions().get(ProblemMembers.ERRORS),
						other.extensions().get(ProblemMembers.ERRORS));
	}

	// The code names an example best (clients switch on it); else the last segment of the type URI.
	private static String exampleName(Problem problem) {
		if (problem.extensions().get(ProblemMembers.CODE) instanceof String code) {
			return code;
		}
		String type = problem.type().toString();
		int slash = type.lastIndexOf('/');
		int colon = type.lastIndexOf(':');
		return type.substring(Math.max(slash, colon) + 1);
	}

	private ApiResponse response(Map<String, Problem> problems) {
		Set<String> titles = new LinkedHashSet<>();
		Map<String, Example> examples = new LinkedHashMap<>();
		problems.forEach((name, problem) -> {
			titles.add(String.valueOf(problem.title()));
			examples.put(name, new Example().summary(problem.title()).value(this.examples.members(problem)));
		});
		MediaType mediaType = new MediaType().schema(new Schema<>().$ref(ProblemSchemas.PROBLEM_REF))
			.examples(examples);
		return new ApiResponse().description(String.join("; ", titles))
			.content(new Content().addMediaType(PROBLEM_JSON, mediaType));
	}

}

package io.github.problemdetails.internal.openapi;

import java.lang.reflect.Method;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.github.problemdetails.core.ProblemMembers;
import io.github.problemdetails.core.exception.ConflictException;
import io.github.problemdetails.core.exception.NotFoundException;
import io.github.problemdetails.internal.catalog.ProblemExamples;
import io.github.problemdetails.internal.json.ProblemJsonWriter;
import io.github.problemdetails.internal.mapping.MappingSettings;
import io.github.problemdetails.internal.mapping.ProblemKind;
import io.github.problemdetails.internal.mapping.ProblemMapper;
import io.github.problemdetails.openapi.ProblemResponse;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ProblemOperationCustomizer}, without a document or a server: the responses
 * it adds to one operation, given its handler method.
 */
class ProblemOperationCustomizerTests {

	private static final URI BASE = URI.create("https://problems.example.com/");

	private static final String PROBLEM_JSON = ProblemOperationCustomizer.PROBLEM_JSON;

	private final ProblemOperationCustomizer customizer = customizer(422);

	@Test
	void aValidatedBodyCanBeMalformedOfAnUnsupportedTypeOrInvalid() {
		ApiResponses responses = customize("create");
		assertThat(examplesByStatus(responses)).isEqualTo(Map.of("400", List.of("malformed-body"), "415",
				List.of("unsupported-media-type"), "422", List.of("validation-failed"), "500",
				List.of("internal-error")));
		Map<String, Object> invalid = value(responses, "422", "validation-failed");
		assertThat(invalid).containsEntry("status", 422)
			.containsEntry("type", BASE + ProblemKind.VALIDATION_FAILED.slug())
			.containsEntry("title", ProblemKind.VALIDATION_FAILED.title())
			.containsEntry("instance", "/users");
		assertThat(invalid.get(ProblemMembers.ERRORS).toString()).contains("pointer=/email");
	}

	@Test
	void typedAndConstrainedParametersAndDeclaredExceptionsAddTheirProblems() {
		ApiResponses responses = customize("find");
		assertThat(examplesByStatus(responses)).isEqualTo(Map.of("400", List.of("missing-parameter",
				"invalid-parameter"), "404", List.of("not-found"), "409", List.of("conflict"), "422",
				List.of("validation-failed"), "500", List.of("internal-error")));
		assertThat(value(responses, "422", "validation-failed").get(ProblemMembers.ERRORS).toString())
			.contains("parameter=limit");
		assertThat(value(responses, "404", "not-found")).containsEntry("instance", "/users/1");
	}

	@Test
	void everyExampleOfAKindIsTheRegistrysGenericProblem() {
		ApiResponses responses = customize("create");
		for (ProblemKind kind : List.of(ProblemKind.MALFORMED_BODY, ProblemKind.UNSUPPORTED_MEDIA_TYPE,
				ProblemKind.INTERNAL_ERROR)) {
			Map<String, Object> example = value(responses, String.valueOf(kind.status()), kind.slug());
			assertThat(example).containsEntry("type", BASE + kind.slug())
				.containsEntry("title", kind.title())
				.containsEntry("status", kind.status())
				.containsEntry("detail", kind.detail())
				.containsEntry(ProblemMembers.TRACE_ID, ProblemExamples.EXAMPLE_TRACE_ID);
			assertThat(responses.get(String.valueOf(kind.status())).getDescription()).isEqualTo(kind.title());
		}
	}

	@Test
	void validationIsDocumentedAtTheConfiguredStatus() {
		ApiResponses responses = customizer(400).customize(new Operation(), handlerMethod("create")).getResponses();
		assertThat(examplesByStatus(responses)).containsEntry("400", List.of("malformed-body", "validation-failed"))
			.doesNotContainKey("422");
		assertThat(responses.get("400").getDescription())
			.isEqualTo(ProblemKind.MALFORMED_BODY.title() + "; " + ProblemKind.VALIDATION_FAILED.title());
	}

	@Test
	void methodSecurityOrASecurityRequirementAdds401And403() {
		assertThat(customize("delete").keySet()).containsExactly("401", "403", "500");
		Operation required = new Operation().addSecurityItem(new SecurityRequirement().addList("basic"));
		assertThat(this.customizer.customize(required, handlerMethod("report")).getResponses().keySet())
			.contains("401", "403");
	}

	@Test
	void declaredMediaTypesAdd415And406() {
		assertThat(customize("report").keySet()).containsExactly("406", "500");
		assertThat(customize("upload").keySet()).containsExactly("415", "500");
	}

	@Test
	void leavesAStatusTheOperationDocumentsAlone() {
		ApiResponse own = new ApiResponse().description("Our own 404");
		Operation operation = new Operation().responses(new ApiResponses().addApiResponse("404", own));
		ApiResponses responses = this.customizer.customize(operation, handlerMethod("find")).getResponses();
		assertThat(responses.get("404")).isSameAs(own);
		assertThat(responses).containsKeys("400", "409", "422", "500");
	}

	@Test
	void registersTheSchemasOnceInTheComponents() {
		Components components = new Components();
		Operation operation = this.customizer.customize(new Operation(), components, handlerMethod("create"));
		assertThat(components.getSchemas()).containsOnlyKeys(ProblemSchemas.PROBLEM, ProblemSchemas.VIOLATION);
		assertThat(operation.getResponses().get("500").getContent().get(PROBLEM_JSON).getSchema().get$ref())
			.isEqualTo(ProblemSchemas.PROBLEM_REF);
	}

	private ApiResponses customize(String methodName) {
		return this.customizer.customize(new Operation(), handlerMethod(methodName)).getResponses();
	}

	private static ProblemOperationCustomizer customizer(int validationStatus) {
		ProblemMapper mapper = new ProblemMapper(
				MappingSettings.builder().typeBaseUri(BASE).validationStatus(validationStatus).build());
		return new ProblemOperationCustomizer(new ProblemExamples(mapper, new ProblemJsonWriter(JsonMapper.shared())),
				new ProblemSchemas(ProblemMembers.TRACE_ID));
	}

	private static HandlerMethod handlerMethod(String name) {
		for (Method method : UserController.class.getDeclaredMethods()) {
			if (method.getName().equals(name)) {
				return new HandlerMethod(new UserController(), method);
			}
		}
		throw new IllegalArgumentException(name);
	}

	private static Map<String, List<String>> examplesByStatus(ApiResponses responses) {
		Map<String, List<String>> names = new TreeMap<>();
		responses.forEach((status, response) -> names.put(status,
				List.copyOf(response.getContent().get(PROBLEM_JSON).getExamples().keySet())));
		return names;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> value(ApiResponses responses, String status, String name) {
		Example example = responses.get(status).getContent().get(PROBLEM_JSON).getExamples().get(name);
		return (Map<String, Object>) example.getValue();
	}

	@RequestMapping("/users")
	static class UserController {

		@PostMapping
		void create(@Valid @RequestBody User user) {
		}

		@GetMapping("/{id}")
		@ProblemResponse(ConflictException.class)
		void find(@PathVariable long id, @RequestParam @Max(100) int limit) throws NotFoundException {
		}

		@PostMapping("/{id}/delete")
		@PreAuthorize("hasRole('ADMIN')")
		void delete() {
		}

		@GetMapping(path = "/report", produces = "text/csv")
		void report() {
		}

		@PostMapping(path = "/upload", consumes = "text/csv")
		void upload() {
		}

	}

	record User(String email) {
	}

}

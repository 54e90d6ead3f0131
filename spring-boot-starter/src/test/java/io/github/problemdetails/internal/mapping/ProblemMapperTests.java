package io.github.problemdetails.internal.mapping;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.github.problemdetails.core.FieldViolation;
import io.github.problemdetails.core.Problem;
import io.github.problemdetails.core.ProblemMembers;
import io.github.problemdetails.core.exception.NotFoundException;
import io.github.problemdetails.mapping.ExceptionRule;
import io.github.problemdetails.mapping.ExceptionRuleSet;
import io.github.problemdetails.mapping.ProblemDraft;

import io.github.problemdetails.core.exception.ValidationException;
import io.github.problemdetails.mapping.ProblemRequest;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.verify;

/**
 * Tests for {@link ProblemMapper}.
 */
class ProblemMapperTests {

	private static final MappingSettings SETTINGS = MappingSettings.builder().typeBaseUri(URI.create("https://problems.example.com/")).build();

	@Test
	void resolvesTheTypeOfASlugOnceForEveryProblem() {
		ProblemMapper mapper = new ProblemMapper(SETTINGS);
		Problem first = mapper.map(new NotFoundException("user", 1), ProblemRequest.of("/users/1", null)).problem();
		Problem second = mapper.map(new NotFoundException("order", 2), ProblemRequest.of("/orders/2", null))
			.problem();
		assertThat(first.type()).isEqualTo(URI.create("https://problems.example.com/not-found"));
		assertThat(second.type()).isSameAs(first.type());
	}

	@Test
	void localisesTitleAndDetailOfEachProblemWithItsOwnArguments() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("problemDetail.title.not-found", Locale.GERMAN, "Ressource nicht gefunden");
		messages.addMessage("problemDetail.not-found", Locale.GERMAN, "Es gibt kein {0} mit der ID {1}.");
		ProblemMapper mapper = new ProblemMapper(SETTINGS, List.of(), messages);
		for (int id = 1; id <= 2; id++) {
			Problem problem = mapper
				.map(new NotFoundException("user", id),
						new ProblemRequest("/users/" + id, null, (name) -> null, Locale.GERMAN))
				.problem();
			assertThat(problem.title()).isEqualTo("Ressource nicht gefunden");
			assertThat(problem.detail()).isEqualTo("Es gibt kein user mit der ID " + id + ".");
		}
	}

	@Test
	void keepsTheExceptionsOwnTextWithoutMessages() {
		ProblemMapper mapper = new ProblemMapper(SETTINGS);
		Problem problem = mapper.map(new NotFoundException("user", 7), ProblemRequest.of("/users/7", null)).problem();
		assertThat(problem.title()).isEqualTo("Resource not found");
		assertThat(problem.detail()).isEqualTo("No user with id '7' exists.");
	}

	// A spy keeps the class of Spring's exception, so it stays one of Spring's own.
	@Test
	void readsArgumentsOfSpringsExceptionOnlyForAMessageThatUsesThem() {
		StaticMessageSource messages = new StaticMessageSource();
		ProblemMapper mapper = new ProblemMapper(SETTINGS, List.of(), messages);
		ResponseStatusException exception = spy(new ResponseStatusException(HttpStatus.GONE));
		doReturn(new Object[] { "Dinge" }).when(exception).getDetailMessageArguments();
		assertThat(exception.getClass()).isEqualTo(ResponseStatusException.class);
		ProblemRequest request = new ProblemRequest("/things", null, (name) -> null, Locale.GERMAN);
		assertThat(mapper.map(exception, request).problem().detail()).isEqualTo("The resource is no longer available.");
		verify(exception, never()).getDetailMessageArguments();
		messages.addMessage("problemDetail." + ResponseStatusException.class.getName(), Locale.GERMAN,
				"Heute keine {0}.");
		ProblemMapper withMessage = new ProblemMapper(SETTINGS, List.of(), messages);
		assertThat(withMessage.map(exception, request).problem().detail()).isEqualTo("Heute keine Dinge.");
		verify(exception).getDetailMessageArguments();
	}

	@Test
	void dispatchedErrorWithoutExceptionAnswersTheContainersStatus() {
		MappedProblem mapped = new ProblemMapper(SETTINGS).mapDispatchedError(null, 404,
				ProblemRequest.of("/missing", null));
		assertThat(mapped.status()).isEqualTo(404);
		assertThat(mapped.problem().type()).isEqualTo(URI.create("https://problems.example.com/not-found"));
		assertThat(mapped.exception()).isNull();
	}

	@Test
	void dispatchedErrorKeepsTheContainersClientErrorOverAFailureTheEngineDoesNotKnow() {
		IllegalStateException failure = new IllegalStateException("rejected by the container");
		MappedProblem mapped = new ProblemMapper(SETTINGS).mapDispatchedError(failure, 400,
				ProblemRequest.of("/orders", null));
		assertThat(mapped.status()).isEqualTo(400);
		assertThat(mapped.problem().detail()).doesNotContain("rejected");
		assertThat(mapped.exception()).isSameAs(failure);
	}

	@Test
	void dispatchedErrorOfAKnownFailureOrAServerErrorStatusIsTheFailuresProblem() {
		ProblemMapper mapper = new ProblemMapper(SETTINGS);
		ProblemRequest request = ProblemRequest.of("/orders/7", null);
		assertThat(mapper.mapDispatchedError(new NotFoundException("order", 7), 400, request).status())
			.isEqualTo(404);
		assertThat(mapper.mapDispatchedError(new IllegalStateException(), 503, request).status()).isEqualTo(500);
	}

	@Test
	void dispatchedErrorOfAFailureAnsweredOutsideTheControllersHasTheStatusThatWasSent() {
		ExceptionRuleSet outside = new ExceptionRuleSet() {

			@Override
			public Map<Class<? extends Throwable>, ExceptionRule> rules() {
				return Map.of(IllegalCallerException.class, (exception, request) -> ProblemDraft.ofStatus(403));
			}

			@Override
			public Set<Class<? extends Throwable>> answeredOutsideControllers() {
				return Set.of(IllegalCallerException.class);
			}

		};
		ProblemMapper mapper = new ProblemMapper(SETTINGS, List.of(outside));
		IllegalCallerException failure = new IllegalCallerException("anonymous");
		MappedProblem mapped = mapper.mapDispatchedError(failure, 401, ProblemRequest.of("/reports", null));
		assertThat(mapper.isAnsweredOutsideControllers(failure)).isTrue();
		assertThat(mapped.status()).isEqualTo(401);
		assertThat(mapped.problem().type()).isEqualTo(URI.create("https://problems.example.com/unauthenticated"));
		assertThat(mapped.exception()).isSameAs(failure);
		assertThat(mapper.mapDispatchedError(failure, 403, ProblemRequest.of("/reports", null)).status())
			.isEqualTo(403);
	}

	@Test
	void anExceptionsMembersAreWrittenInTheOrderItAddedThem() {
		List<String> names = List.of("zulu", "yankee", "xray", "whiskey", "victor", "uniform", "tango", "sierra");
		NotFoundException exception = new NotFoundException("user", 7);
		names.forEach((name) -> exception.withExtension(name, name.length()));
		Problem problem = new ProblemMapper(MappingSettings.defaults())
			.map(exception, ProblemRequest.of("/users/7", null))
			.problem();
		assertThat(problem.extensions().keySet().stream().filter(names::contains)).containsExactlyElementsOf(names);
	}

	@Test
	void anExtensionNamedLikeTheConfiguredTraceIdMemberNeverReplacesTheTraceId() {
		ProblemMapper mapper = new ProblemMapper(MappingSettings.builder().traceIdMember("requestId").build());
		NotFoundException exception = new NotFoundException("user", 7);
		exception.withExtension("requestId", "spoofed").withExtension("tenant", "acme");
		Problem problem = mapper.map(exception, ProblemRequest.of("/users/7", "4bf92f3577b34da6a3ce929d0e0e4736"))
			.problem();
		assertThat(problem.extensions()).containsEntry("requestId", "4bf92f3577b34da6a3ce929d0e0e4736")
			.containsEntry("tenant", "acme")
			.doesNotContainKey(ProblemMembers.TRACE_ID);
	}

	@Test
	void aConfiguredMemberNamedLikeTheTraceIdMemberIsNotWritten() {
		ProblemMapper mapper = new ProblemMapper(MappingSettings.builder()
			.traceIdMember("requestId")
			.extensions(Map.of("requestId", "configured", "service", "orders"))
			.build());
		Problem problem = mapper.map(new NotFoundException("user", 7), ProblemRequest.of("/users/7", "abc"))
			.problem();
		assertThat(problem.extensions()).containsEntry("requestId", "abc").containsEntry("service", "orders");
	}

	@Test
	void configuredMembersFollowTheirConfiguredOrderWithoutReservedNames() {
		Map<String, String> configured = new LinkedHashMap<>();
		configured.put("zeta", "1");
		configured.put("status", "configured");
		configured.put(ProblemMembers.ERRORS, "configured");
		configured.put("alpha", "2");
		ProblemMapper mapper = new ProblemMapper(MappingSettings.builder().extensions(configured).build());
		Problem problem = mapper.map(new NotFoundException("user", 7), ProblemRequest.of("/users/7", null))
			.problem();
		assertThat(problem.status()).isEqualTo(404);
		assertThat(problem.extensions().keySet()).containsExactly("zeta", "alpha");
	}

	@Test
	void violationsPastTheMaximumAreCountedAndTheFirstInLocationOrderListed() {
		ProblemMapper mapper = new ProblemMapper(MappingSettings.builder().maxErrors(3).build());
		List<FieldViolation> violations = List.of(FieldViolation.ofField("e", "must not be blank", "NotBlank"),
				FieldViolation.ofField("b", "must not be blank", "NotBlank"),
				FieldViolation.ofField("d", "must not be blank", "NotBlank"),
				FieldViolation.ofField("a", "must not be blank", "NotBlank"),
				FieldViolation.ofField("c", "must not be blank", "NotBlank"));
		Problem problem = mapper.map(new ValidationException(violations), ProblemRequest.of("/orders", null))
			.problem();
		assertThat(problem.detail()).isEqualTo("5 values are invalid.");
		assertThat((List<?>) problem.extensions().get(ProblemMembers.ERRORS)).extracting("pointer")
			.containsExactly("/a", "/b", "/c");
		assertThat(problem.extensions()).containsEntry(ProblemMembers.ERROR_COUNT, 5);
	}

	@Test
	void violationsWithinTheMaximumAreListedWithoutACount() {
		ProblemMapper mapper = new ProblemMapper(MappingSettings.builder().maxErrors(2).build());
		List<FieldViolation> violations = List.of(FieldViolation.ofField("b", "must not be blank", "NotBlank"),
				FieldViolation.ofField("a", "must not be blank", "NotBlank"));
		Problem problem = mapper.map(new ValidationException(violations), ProblemRequest.of("/orders", null))
			.problem();
		assertThat((List<?>) problem.extensions().get(ProblemMembers.ERRORS)).hasSize(2);
		assertThat(problem.extensions()).doesNotContainKey(ProblemMembers.ERROR_COUNT);
	}

}

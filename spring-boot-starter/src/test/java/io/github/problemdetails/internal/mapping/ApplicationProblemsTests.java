package io.github.problemdetails.internal.mapping;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.problemdetails.core.Problem;
import io.github.problemdetails.mapping.ProblemRequest;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's own {@code ErrorResponse} exceptions keep their bodies, completed to the
 * contract; Spring's own exceptions keep the starter's answers.
 */
class ApplicationProblemsTests {

	private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

	private static final MappingSettings SETTINGS = MappingSettings.builder()
		.typeBaseUri(URI.create("https://problems.example.com/"))
		.build();

	private final ProblemMapper mapper = new ProblemMapper(SETTINGS);

	@Test
	void applicationsExceptionKeepsItsBodyAndHeadersAndGetsTheTraceIdAndInstance() {
		SuspendedException exception = new SuspendedException();
		exception.getHeaders().set("Retry-After", "3600");
		MappedProblem mapped = this.mapper.map(exception, ProblemRequest.of("/members/7", TRACE_ID));
		Problem problem = mapped.problem();
		assertThat(problem.status()).isEqualTo(403);
		assertThat(problem.type()).isEqualTo(URI.create("https://library.example.com/problems/member-suspended"));
		assertThat(problem.title()).isEqualTo("Member suspended");
		assertThat(problem.detail()).isEqualTo("Member 7 may borrow again on 2031-01-01.");
		assertThat(problem.instance()).isEqualTo(URI.create("/members/7"));
		assertThat(problem.extensions()).containsEntry("suspendedUntil", "2031-01-01")
			.containsEntry("traceId", TRACE_ID);
		assertThat(mapped.headers().getFirst("Retry-After")).isEqualTo("3600");
		assertThat(mapped.exception()).isSameAs(exception);
	}

	@Test
	void blankTypeBecomesTheTypeOfTheStatusWithItsTitleAndDetail() {
		Problem problem = this.mapper
			.map(new ErrorResponseException(HttpStatus.CONFLICT), ProblemRequest.of("/loans/3", TRACE_ID))
			.problem();
		assertThat(problem.type()).isEqualTo(URI.create("https://problems.example.com/conflict"));
		assertThat(problem.title()).isEqualTo("Conflict");
		assertThat(problem.detail()).isEqualTo("The request conflicts with the current state of the resource.");
	}

	@Test
	void membersTheContractReservesAreNeverTakenFromTheException() {
		SuspendedException exception = new SuspendedException();
		exception.getBody().setProperty("traceId", "spoofed");
		exception.getBody().setProperty("status", 200);
		Problem problem = this.mapper.map(exception, ProblemRequest.of("/members/7", TRACE_ID)).problem();
		assertThat(problem.status()).isEqualTo(403);
		assertThat(problem.extensions()).containsEntry("traceId", TRACE_ID).doesNotContainKey("status");
	}

	@Test
	void immutablePropertiesAreCopiedNotChanged() {
		SuspendedException exception = new SuspendedException();
		exception.getBody().setProperties(Map.of("traceId", "spoofed", "tier", "gold"));
		Problem problem = this.mapper.map(exception, ProblemRequest.of("/members/7", TRACE_ID)).problem();
		assertThat(problem.extensions()).containsEntry("traceId", TRACE_ID).containsEntry("tier", "gold");
	}

	@Test
	void applicationsResponseStatusExceptionShowsItsClientErrorReasonOnly() {
		ProblemRequest request = ProblemRequest.of("/books/1", TRACE_ID);
		assertThat(this.mapper.map(new BookException(HttpStatus.GONE, "Out of print."), request).problem().detail())
			.isEqualTo("Out of print.");
		assertThat(this.mapper.map(new BookException(HttpStatus.BAD_GATEWAY, "catalog-db-2 down"), request)
			.problem()
			.detail()).isEqualTo("An upstream service failed to answer properly.");
	}

	@Test
	void exceptionWithSuccessStatusAnswersAGeneric500() {
		Problem problem = this.mapper.map(new ErrorResponseException(HttpStatus.OK), ProblemRequest.of("/x", null))
			.problem();
		assertThat(problem.status()).isEqualTo(500);
		assertThat(problem.type()).isEqualTo(URI.create("https://problems.example.com/internal-error"));
	}

	@Test
	void springsOwnExceptionsKeepTheStartersAnswer() {
		HttpRequestMethodNotSupportedException exception = new HttpRequestMethodNotSupportedException("DELETE",
				List.of("GET"));
		Problem problem = this.mapper.map(exception, ProblemRequest.of("/books", null)).problem();
		assertThat(problem.type()).isEqualTo(URI.create("https://problems.example.com/method-not-allowed"));
		assertThat(problem.detail()).doesNotContain("DELETE");
	}

	@Test
	void springsMessagesForTheExceptionComeFirstAndReportTheirLanguage() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("problemDetail.title." + SuspendedException.class.getName(), Locale.GERMAN,
				"Mitglied gesperrt");
		ProblemMapper localised = new ProblemMapper(SETTINGS, List.of(), messages);
		MappedProblem mapped = localised.map(new SuspendedException(),
				new ProblemRequest("/members/7", TRACE_ID, (name) -> null, Locale.GERMAN));
		assertThat(mapped.problem().title()).isEqualTo("Mitglied gesperrt");
		assertThat(mapped.problem().detail()).isEqualTo("Member 7 may borrow again on 2031-01-01.");
		assertThat(mapped.language()).isEqualTo(Locale.GERMAN);
	}

	@Test
	void configuredMappingOfTheExceptionClassWins() {
		ProblemMapper configured = new ProblemMapper(MappingSettings.builder()
			.typeBaseUri(URI.create("https://problems.example.com/"))
			.exceptionMappings(Map.of(SuspendedException.class,
					new ConfiguredMapping(423, null, null, "Locked.", null, null, false)))
			.build());
		Problem problem = configured.map(new SuspendedException(), ProblemRequest.of("/members/7", TRACE_ID))
			.problem();
		assertThat(problem.status()).isEqualTo(423);
		assertThat(problem.detail()).isEqualTo("Locked.");
		assertThat(problem.extensions()).doesNotContainKey("suspendedUntil");
	}

	static class SuspendedException extends ErrorResponseException {

		SuspendedException() {
			super(HttpStatus.FORBIDDEN, body(), null);
		}

		private static ProblemDetail body() {
			ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
					"Member 7 may borrow again on 2031-01-01.");
			body.setType(URI.create("https://library.example.com/problems/member-suspended"));
			body.setTitle("Member suspended");
			body.setProperty("suspendedUntil", "2031-01-01");
			return body;
		}

	}

	static class BookException extends ResponseStatusException {

		BookException(HttpStatus status, String reason) {
			super(status, reason);
		}

	}

}

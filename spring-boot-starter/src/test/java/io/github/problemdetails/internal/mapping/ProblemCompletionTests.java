package io.github.problemdetails.internal.mapping;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.problemdetails.mapping.ProblemRequest;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Problems that the application built are completed, never overwritten.
 */
class ProblemCompletionTests {

	private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

	private static final MappingSettings SETTINGS = MappingSettings.builder()
		.typeBaseUri(URI.create("https://problems.example.com/"))
		.extensions(Map.of("service", "library"))
		.build();

	private final ProblemMapper mapper = new ProblemMapper(SETTINGS);

	@Test
	void addsWhatIsMissing() {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mapper.complete(problem, 404, ProblemRequest.of("/books/7", TRACE_ID))).isNull();
		assertThat(problem.getType()).isEqualTo(URI.create("https://problems.example.com/not-found"));
		assertThat(problem.getTitle()).isEqualTo("Resource not found");
		assertThat(problem.getDetail()).isEqualTo("No resource exists at this path.");
		assertThat(problem.getInstance()).isEqualTo(URI.create("/books/7"));
		assertThat(problem.getProperties()).containsEntry("traceId", TRACE_ID).containsEntry("service", "library");
	}

	@Test
	void keepsWhatTheApplicationSet() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "Loan 3 was returned.");
		problem.setType(URI.create("https://library.example.com/problems/loan-returned"));
		problem.setTitle("Loan already returned");
		problem.setInstance(URI.create("/loans/3"));
		problem.setProperty("traceId", "own-trace");
		problem.setProperty("service", "loans");
		this.mapper.complete(problem, 409, ProblemRequest.of("/loans/3/return", TRACE_ID));
		assertThat(problem.getType()).isEqualTo(URI.create("https://library.example.com/problems/loan-returned"));
		assertThat(problem.getTitle()).isEqualTo("Loan already returned");
		assertThat(problem.getDetail()).isEqualTo("Loan 3 was returned.");
		assertThat(problem.getInstance()).isEqualTo(URI.create("/loans/3"));
		assertThat(problem.getProperties()).containsEntry("traceId", "own-trace").containsEntry("service", "loans");
	}

	@Test
	void blankTypeKeepsAnOwnTitle() {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
		problem.setTitle("No such book");
		this.mapper.complete(problem, 404, ProblemRequest.of("/books/7", TRACE_ID));
		assertThat(problem.getType()).isEqualTo(URI.create("https://problems.example.com/not-found"));
		assertThat(problem.getTitle()).isEqualTo("No such book");
	}

	@Test
	void blankTypeStaysBlankWithoutATypeBaseUri() {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
		new ProblemMapper(MappingSettings.defaults()).complete(problem, 404, ProblemRequest.of("/books/7", TRACE_ID));
		assertThat(problem.getType()).isEqualTo(URI.create("about:blank"));
		assertThat(problem.getTitle()).isEqualTo("Not Found");
	}

	@Test
	void dropsMembersNamedLikeStandardMembersAndCopiesAnImmutableMap() {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
		problem.setProperties(Map.of("status", 200, "shelf", "B4"));
		this.mapper.complete(problem, 409, ProblemRequest.of("/books/7", TRACE_ID));
		assertThat(problem.getProperties()).containsEntry("shelf", "B4").doesNotContainKey("status");
	}

	@Test
	void boundsALongDetail() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "x".repeat(2000));
		this.mapper.complete(problem, 400, ProblemRequest.of("/books", TRACE_ID));
		assertThat(problem.getDetail()).hasSize(501).endsWith("\u2026");
	}

	@Test
	void localisesByTheSlugOfTheTypeAndReportsTheTranslation() {
		ProblemMapper localised = new ProblemMapper(SETTINGS, List.of(), messages());
		ProblemDetail german = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
		assertThat(localised.complete(german, 404, request(Locale.GERMAN))).isEqualTo(Locale.GERMAN);
		assertThat(german.getTitle()).isEqualTo("Ressource nicht gefunden");
		ProblemDetail french = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
		assertThat(localised.complete(french, 404, request(Locale.FRENCH))).isNull();
		assertThat(french.getTitle()).isEqualTo("Resource not found");
	}

	@Test
	void startersOwnProblemsReportTheirTranslationToo() {
		ProblemMapper localised = new ProblemMapper(SETTINGS, List.of(), messages());
		assertThat(localised.mapStatus(404, request(Locale.GERMAN)).language()).isEqualTo(Locale.GERMAN);
		assertThat(localised.mapStatus(404, request(Locale.FRENCH)).language()).isNull();
		assertThat(localised.mapStatus(409, request(Locale.GERMAN)).language()).isNull();
	}

	private static ProblemRequest request(Locale locale) {
		return new ProblemRequest("/books/7", TRACE_ID, (name) -> null, locale);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("problem-details-test/messages");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}

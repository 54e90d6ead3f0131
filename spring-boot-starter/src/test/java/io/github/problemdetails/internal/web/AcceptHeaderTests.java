package io.github.problemdetails.internal.web;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AcceptHeader}: the HTML choice of the problem type catalogue here, the XML
 * choice in {@link ProblemBodyWriterTests}.
 */
class AcceptHeaderTests {

	@ParameterizedTest
	@ValueSource(strings = { "text/html", "Text/HTML",
			"text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "text/html, application/json",
			"application/json;q=0.9, text/html", "*/*, text/html" })
	void clientThatRanksHtmlFirstPrefersIt(String accept) {
		assertThat(AcceptHeader.prefersOverJson(accept, AcceptHeader.Alternative.HTML)).isTrue();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "*/*", "application/json", "application/json, text/html",
			"text/html;q=0.9, application/json", "text/html;q=0.5, */*", "text/*", "text/html;q=0",
			"text/html;q=abc" })
	void clientThatRanksJsonOrAnythingFirstDoesNotPreferHtml(@Nullable String accept) {
		assertThat(AcceptHeader.prefersOverJson(accept, AcceptHeader.Alternative.HTML)).isFalse();
	}

	@Test
	void aHeaderOfMoreThanFiftyCandidatesAsksForNothingInParticular() {
		// Spring's ordering refuses to sort so many; Spring MVC answers such a client 406.
		String accept = "application/xml, ".repeat(50) + "application/xml";
		assertThat(AcceptHeader.prefersOverJson(accept, AcceptHeader.Alternative.XML)).isFalse();
	}

	@Test
	void rangesThatAskForNeitherAreNoCandidates() {
		String accept = "image/png, " + "text/plain, ".repeat(60) + "text/xml;q=0.2";
		assertThat(AcceptHeader.prefersOverJson(accept, AcceptHeader.Alternative.XML)).isTrue();
	}

}

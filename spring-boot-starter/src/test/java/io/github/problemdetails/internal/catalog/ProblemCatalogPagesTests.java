package io.github.problemdetails.internal.catalog;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue's HTML pages: the page's own markup around text that is always escaped.
 */
class ProblemCatalogPagesTests {

	private static final ProblemTypeDescription SHIPMENT_TAKEN = new ProblemTypeDescription("shipment-taken",
			"https://problems.example.com/shipment-taken", "Shipment <taken>", 409,
			List.of("SHIPMENT_TAKEN", "A&B"), "Another order holds the <shipment>.", "Choose another shipment.");

	@Test
	void pageOfATypeMarksUpEachCodeAndEscapesItsText() {
		String page = ProblemCatalogPages.one("/problems/", SHIPMENT_TAKEN);
		assertThat(page).contains("<dt>Code</dt><dd><code>SHIPMENT_TAKEN</code>, <code>A&amp;B</code></dd>")
			.contains("<title>Shipment &lt;taken&gt;</title>")
			.contains("<dd>Another order holds the &lt;shipment&gt;.</dd>")
			.contains("<a href=\"/problems/\">All problem types</a>")
			.doesNotContain("&lt;/code&gt;");
	}

	@Test
	void listLinksEachTypeAndEscapesItsText() {
		String page = ProblemCatalogPages.list("/problems/", List.of(SHIPMENT_TAKEN));
		assertThat(page).contains("<a href=\"/problems/shipment-taken\">shipment-taken</a>")
			.contains("<td>Shipment &lt;taken&gt;</td>")
			.contains("<td>SHIPMENT_TAKEN, A&amp;B</td>");
	}

}

package io.github.problemdetails.internal.catalog;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.web.util.HtmlUtils;

/**
 * The catalogue as small HTML pages, for a browser that follows a type URI: the list of
 * every type, linked to the page of each.
 */
final class ProblemCatalogPages {

	private ProblemCatalogPages() {
	}

	/**
	 * Return the page that lists the types.
	 * @param path the path of the catalogue, ending with {@code /}
	 * @param types the types
	 * @return the page
	 */
	static String list(String path, List<ProblemTypeDescription> types) {
		StringBuilder rows = new StringBuilder();
		for (ProblemTypeDescription type : types) {
			rows.append("<tr><td>")
				.append(type.status())
				.append("</td><td><a href=\"")
				.append(escape(path + type.slug()))
				.append("\">")
				.append(escape(type.slug()))
				.append("</a></td><td>")
				.append(escape(type.title()))
				.append("</td><td>")
				.append(escape(String.join(", ", type.codes())))
				.append("</td></tr>\n");
		}
		return page("Problem types", "<table>\n<tr><th>Status</th><th>Type</th><th>Title</th><th>Code</th></tr>\n"
				+ rows + "</table>");
	}

	/**
	 * Return the page that describes one type.
	 * @param path the path of the catalogue, ending with {@code /}
	 * @param type the type
	 * @return the page
	 */
	static String one(String path, ProblemTypeDescription type) {
		// Each code escaped on its own: the markup between them is the page's.
		String codes = type.codes().isEmpty() ? "" : "<dt>Code</dt><dd>" + type.codes()
			.stream()
			.map((code) -> "<code>" + escape(code) + "</code>")
			.collect(Collectors.joining(", ")) + "</dd>\n";
		return page(type.title(), "<dl>\n<dt>Type</dt><dd><code>" + escape(type.type()) + "</code></dd>\n"
				+ "<dt>Status</dt><dd>" + type.status() + "</dd>\n" + codes + "<dt>When it happens</dt><dd>"
				+ escape(type.when()) + "</dd>\n<dt>What to do</dt><dd>" + escape(type.action()) + "</dd>\n</dl>\n"
				+ "<p><a href=\"" + escape(path) + "\">All problem types</a></p>");
	}

	private static String page(String title, String body) {
		return "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>" + escape(title)
				+ "</title></head>\n<body>\n<h1>" + escape(title) + "</h1>\n" + body + "\n</body>\n</html>\n";
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text);
	}

}

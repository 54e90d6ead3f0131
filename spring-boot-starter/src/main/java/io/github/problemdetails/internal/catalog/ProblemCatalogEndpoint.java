package io.github.problemdetails.internal.catalog;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.problemdetails.core.exception.NotFoundException;
import io.github.problemdetails.internal.web.AcceptHeader;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.util.HtmlUtils;

/**
 * Serves the {@link ProblemCatalog} where its type URIs point (RFC 9457 §3.1.1 asks that a
 * type URI resolve to documentation of the type): {@code GET {path}} lists the types and
 * {@code GET {path}{slug}} describes one, as JSON, or as a small HTML page for a client that
 * asks for {@code text/html} explicitly. Like any route, it answers {@code HEAD} and {@code OPTIONS}, and other
 * methods with 405 and {@code Allow}.
 */
public class ProblemCatalogEndpoint {

	private static final String TYPES = "types";

	private static final Set<HttpMethod> ALLOWED_METHODS = Collections.unmodifiableSet(
			new LinkedHashSet<>(List.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS)));

	private static final MediaType TEXT_HTML_UTF8 = new MediaType(MediaType.TEXT_HTML,
			StandardCharsets.UTF_8);

	private final ProblemCatalog catalog;

	private final String path;

	/**
	 * Create an endpoint.
	 * @param catalog the catalogue to serve
	 * @param path the path that lists the types, starting and ending with {@code /}
	 */
	public ProblemCatalogEndpoint(ProblemCatalog catalog, String path) {
		this.catalog = catalog;
		this.path = path;
	}

	/**
	 * Return the routes of this endpoint.
	 * @return the routes, for a {@code RouterFunction} bean
	 */
	public RouterFunction<ServerResponse> routes() {
		String list = this.path.substring(0, this.path.length() - 1);
		String one = this.path + "{slug}";
		RequestPredicate catalogue = RequestPredicates.path(this.path)
			.or(RequestPredicates.path(list))
			.or(RequestPredicates.path(one));
		return RouterFunctions.route()
			.GET(this.path, this::list)
			.GET(list, this::list)
			.GET(one, this::one)
			.HEAD(this.path, this::list)
			.HEAD(list, this::list)
			.HEAD(one, this::one)
			.OPTIONS(this.path, this::options)
			.OPTIONS(list, this::options)
			.OPTIONS(one, this::options)
			.route(catalogue, this::methodNotAllowed)
			.build();
	}

	// As Spring MVC answers a controller's routes: OPTIONS lists the methods, any other method is a 405 with Allow.
	private ServerResponse options(ServerRequest request) {
		return ServerResponse.ok().allow(ALLOWED_METHODS).build();
	}

	private ServerResponse methodNotAllowed(ServerRequest request) throws HttpRequestMethodNotSupportedException {
		throw new HttpRequestMethodNotSupportedException(request.method().name(),
				ALLOWED_METHODS.stream().map(HttpMethod::name).toList());
	}

	private ServerResponse list(ServerRequest request) {
		List<ProblemTypeDescription> types = this.catalog.types();
		if (prefersHtml(request)) {
			StringBuilder rows = new StringBuilder();
			for (ProblemTypeDescription type : types) {
				rows.append("<tr><td>")
					.append(type.status())
					.append("</td><td><a href=\"")
					.append(escape(this.path + type.slug()))
					.append("\">")
					.append(escape(type.slug()))
					.append("</a></td><td>")
					.append(escape(type.title()))
					.append("</td><td>")
					.append(escape(String.join(", ", type.codes())))
					.append("</td></tr>\n");
			}
			return html("Problem types", "<table>\n<tr><th>Status</th><th>Type</th><th>Title</th><th>Code</th></tr>\n"
					+ rows + "</table>");
		}
		return ServerResponse.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of(TYPES, types.stream().map((type) -> json(type, false)).toList()));
	}

	private ServerResponse one(ServerRequest request) {
		String slug = request.pathVariable("slug");
		ProblemTypeDescription type = this.catalog.type(slug);
		if (type == null) {
			throw new NotFoundException("problem type", slug);
		}
		if (prefersHtml(request)) {
			String codes = type.codes().isEmpty() ? "" : "<dt>Code</dt><dd><code>"
					+ escape(String.join("</code>, <code>", type.codes())) + "</code></dd>\n";
			return html(type.title(), "<dl>\n<dt>Type</dt><dd><code>" + escape(type.type()) + "</code></dd>\n"
					+ "<dt>Status</dt><dd>" + type.status() + "</dd>\n" + codes + "<dt>When it happens</dt><dd>"
					+ escape(type.when()) + "</dd>\n<dt>What to do</dt><dd>" + escape(type.action()) + "</dd>\n</dl>\n"
					+ "<p><a href=\"" + escape(this.path) + "\">All problem types</a></p>");
		}
		return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).body(json(type, true));
	}

	private static Map<String, Object> json(ProblemTypeDescription type, boolean full) {
		Map<String, Object> members = new LinkedHashMap<>();
		members.put("slug", type.slug());
		members.put("type", type.type());
		members.put("title", type.title());
		members.put("status", type.status());
		if (type.codes().size() == 1) {
			members.put("code", type.codes().get(0));
		}
		else if (!type.codes().isEmpty()) {
			members.put("codes", type.codes());
		}
		if (full) {
			members.put("when", type.when());
			members.put("action", type.action());
		}
		return members;
	}

	private static ServerResponse html(String title, String body) {
		String page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>" + escape(title)
				+ "</title></head>\n<body>\n<h1>" + escape(title) + "</h1>\n" + body + "\n</body>\n</html>\n";
		return ServerResponse.ok().contentType(TEXT_HTML_UTF8).body(page);
	}

	// Browsers rank text/html first; "*/*" (curl, HTTP clients) and no Accept at all get JSON.
	private static boolean prefersHtml(ServerRequest request) {
		String accept = String.join(",", request.headers().header(HttpHeaders.ACCEPT));
		return AcceptHeader.prefersOverJson(accept, AcceptHeader.Alternative.HTML);
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text);
	}

}

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
			return html(ProblemCatalogPages.list(this.path, types));
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
			return html(ProblemCatalogPages.one(this.path, type));
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

	private static ServerResponse html(String page) {
		return ServerResponse.ok().contentType(TEXT_HTML_UTF8).body(page);
	}

	// Browsers rank text/html first; "*/*" (curl, HTTP clients) and no Accept at all get JSON.
	private static boolean prefersHtml(ServerRequest request) {
		String accept = String.join(",", request.headers().header(HttpHeaders.ACCEPT));
		return AcceptHeader.prefersOverJson(accept, AcceptHeader.Alternative.HTML);
	}

}

package io.github.problemdetails.internal.catalog;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.problemdetails.core.exception.NotFoundException;
import io.github.problemdetails.internal.web.AcceptHeader;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.PathContainer;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Serves the {@link ProblemCatalog} where its type URIs point (RFC 9457 §3.1.1 asks that a
 * type URI resolve to documentation of the type): {@code GET {path}} lists the types and
 * {@code GET {path}{slug}} describes one, as JSON, or as a small HTML page for a client that
 * asks for {@code text/html} explicitly. It answers {@code HEAD} and {@code OPTIONS}, and other
 * methods with 405 and {@code Allow}.
 *
 * <p>Its handler methods are registered with the application's {@link RequestMappingHandlerMapping}
 * once every singleton exists, beside the application's controllers, so that a request for another
 * path never reaches the catalogue. A controller at a more specific path under the catalogue's
 * wins, as between any two controllers; one that Spring MVC could not tell from the catalogue's
 * stops startup.
 */
public class ProblemCatalogEndpoint implements SmartInitializingSingleton {

	private static final String TYPES = "types";

	// Declared on both mappings, so that Spring MVC's 405 names all three in Allow (RFC 9110 §15.5.6).
	private static final RequestMethod[] ALLOWED_METHODS = { RequestMethod.GET, RequestMethod.HEAD,
			RequestMethod.OPTIONS };

	private static final Method LIST = handlerMethod("list", HttpMethod.class, String.class);

	private static final Method ONE = handlerMethod("one", HttpMethod.class, String.class, String.class);

	private static final MediaType TEXT_HTML_UTF8 = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private final ProblemCatalog catalog;

	private final String path;

	private final RequestMappingHandlerMapping handlerMapping;

	/**
	 * Create an endpoint.
	 * @param catalog the catalogue to serve
	 * @param path the path that lists the types, starting and ending with {@code /}
	 * @param handlerMapping the application's mapping of requests to handler methods
	 */
	public ProblemCatalogEndpoint(ProblemCatalog catalog, String path, RequestMappingHandlerMapping handlerMapping) {
		this.catalog = catalog;
		this.path = path;
		this.handlerMapping = handlerMapping;
	}

	/**
	 * Register {@code {path}}, the path without its trailing slash and {@code {path}{slug}} with
	 * the handler mapping.
	 * @throws IllegalStateException if an application handler method is mapped to one of them
	 * for one of the catalogue's methods
	 */
	@Override
	public void afterSingletonsInstantiated() {
		RequestMappingInfo list = mapping(this.path, this.path.substring(0, this.path.length() - 1));
		RequestMappingInfo one = mapping(this.path + "{slug}");
		// Spring MVC would refuse such a request as ambiguous only when it comes; at startup the fix can be named.
		this.handlerMapping.getHandlerMethods().forEach((existing, handlerMethod) -> {
			if (overlaps(existing, list) || overlaps(existing, one)) {
				throw new IllegalStateException("The problem type catalogue cannot be served at '" + this.path + "': "
						+ handlerMethod + " is mapped to " + existing + " too. Set 'problem-details.catalog.path' to "
						+ "another path, or 'problem-details.catalog.enabled' to false.");
			}
		});
		this.handlerMapping.registerMapping(list, this, LIST);
		this.handlerMapping.registerMapping(one, this, ONE);
	}

	private RequestMappingInfo mapping(String... paths) {
		return RequestMappingInfo.paths(paths)
			.methods(ALLOWED_METHODS)
			.options(this.handlerMapping.getBuilderConfiguration())
			.build();
	}

	// A mapping without methods takes only what the catalogue does not answer: Spring MVC prefers declared methods.
	private static boolean overlaps(RequestMappingInfo existing, RequestMappingInfo catalogue) {
		if (Collections.disjoint(existing.getMethodsCondition().getMethods(),
				catalogue.getMethodsCondition().getMethods())) {
			return false;
		}
		PathPatternsRequestCondition theirs = existing.getPathPatternsCondition();
		PathPatternsRequestCondition ours = catalogue.getPathPatternsCondition();
		if (theirs == null || ours == null) {
			return !Collections.disjoint(existing.getPatternValues(), catalogue.getPatternValues());
		}
		return theirs.getPatterns()
			.stream()
			.anyMatch((pattern) -> ours.getPatterns().stream().anyMatch((own) -> indistinguishable(pattern, own)));
	}

	// As specific as each other and each matching the other, such as "/problems/{id}" and "/problems/{slug}".
	private static boolean indistinguishable(PathPattern pattern, PathPattern other) {
		return PathPattern.SPECIFICITY_COMPARATOR.compare(pattern, other) == 0
				&& pattern.matches(PathContainer.parsePath(other.getPatternString()))
				&& other.matches(PathContainer.parsePath(pattern.getPatternString()));
	}

	ResponseEntity<?> list(HttpMethod method,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept) {
		if (HttpMethod.OPTIONS.equals(method)) {
			return allow();
		}
		List<ProblemTypeDescription> types = this.catalog.types();
		if (prefersHtml(accept)) {
			return html(ProblemCatalogPages.list(this.path, types));
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of(TYPES, types.stream().map((type) -> json(type, false)).toList()));
	}

	ResponseEntity<?> one(HttpMethod method, @PathVariable("slug") String slug,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept) {
		if (HttpMethod.OPTIONS.equals(method)) {
			return allow();
		}
		ProblemTypeDescription type = this.catalog.type(slug);
		if (type == null) {
			throw new NotFoundException("problem type", slug);
		}
		if (prefersHtml(accept)) {
			return html(ProblemCatalogPages.one(this.path, type));
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json(type, true));
	}

	// OPTIONS is declared for the Allow of a 405, so it reaches the handler: answered as Spring MVC answers it.
	private static ResponseEntity<?> allow() {
		return ResponseEntity.ok()
			.allow(Arrays.stream(ALLOWED_METHODS).map(RequestMethod::asHttpMethod).toArray(HttpMethod[]::new))
			.build();
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

	private static ResponseEntity<?> html(String page) {
		return ResponseEntity.ok().contentType(TEXT_HTML_UTF8).body(page);
	}

	// Browsers rank text/html first; "*/*" (curl, HTTP clients) and no Accept at all get JSON.
	private static boolean prefersHtml(@Nullable String accept) {
		return AcceptHeader.prefersOverJson(accept, AcceptHeader.Alternative.HTML);
	}

	private static Method handlerMethod(String name, Class<?>... parameterTypes) {
		Method method = ReflectionUtils.findMethod(ProblemCatalogEndpoint.class, name, parameterTypes);
		if (method == null) {
			throw new IllegalStateException("No handler method '" + name + "'");
		}
		return method;
	}

}

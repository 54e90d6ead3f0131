package io.github.problemdetails.internal.openapi;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.util.StringUtils;
import org.springframework.validation.annotation.ValidationAnnotationUtils;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;

/**
 * What can be known about an operation from its handler method alone: which failures Spring MVC
 * may answer it with before or while it runs.
 *
 * @param path the mapped path with every variable filled in, the {@code instance} of examples
 * @param readsBody whether it reads a request body
 * @param validatesBody whether it validates the request body
 * @param validatesParameters whether it validates parameters (constraint annotations)
 * @param requiresParameters whether it has required parameters, headers or cookies
 * @param convertsParameters whether it has parameters converted to a type other than text
 * @param consumes whether it declares the media types it consumes
 * @param produces whether it declares the media types it produces
 * @param secured whether method security guards it
 */
record OperationFacts(String path, boolean readsBody, boolean validatesBody, boolean validatesParameters,
		boolean requiresParameters, boolean convertsParameters, boolean consumes, boolean produces,
		boolean secured) {

	private static final String CONSTRAINT = "jakarta.validation.Constraint";

	private static final String[] SECURITY_ANNOTATIONS = { "org.springframework.security.access.prepost.PreAuthorize",
			"org.springframework.security.access.prepost.PostAuthorize",
			"org.springframework.security.access.annotation.Secured", "jakarta.annotation.security.RolesAllowed",
			"jakarta.annotation.security.DenyAll" };

	static OperationFacts of(HandlerMethod handlerMethod) {
		Method method = handlerMethod.getMethod();
		boolean readsBody = false;
		boolean validatesBody = false;
		boolean validatesParameters = false;
		boolean requiresParameters = false;
		boolean convertsParameters = false;
		for (MethodParameter parameter : handlerMethod.getMethodParameters()) {
			boolean validated = isValidated(parameter);
			if (parameter.hasParameterAnnotation(RequestBody.class)
					|| parameter.hasParameterAnnotation(RequestPart.class)) {
				readsBody = true;
				validatesBody |= validated;
				continue;
			}
			validatesParameters |= validated || hasConstraint(parameter);
			boolean bound = parameter.hasParameterAnnotation(RequestParam.class)
					|| parameter.hasParameterAnnotation(PathVariable.class)
					|| parameter.hasParameterAnnotation(RequestHeader.class)
					|| parameter.hasParameterAnnotation(CookieValue.class);
			if (bound) {
				requiresParameters |= isRequired(parameter);
				Class<?> type = parameter.nestedIfOptional().getNestedParameterType();
				convertsParameters |= !CharSequence.class.isAssignableFrom(type) && !Map.class.isAssignableFrom(type);
			}
		}
		RequestMapping methodMapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
		RequestMapping typeMapping = AnnotatedElementUtils.findMergedAnnotation(handlerMethod.getBeanType(),
				RequestMapping.class);
		boolean consumes = declares(methodMapping, typeMapping, true);
		boolean produces = declares(methodMapping, typeMapping, false);
		boolean secured = isSecured(MergedAnnotations.from(method, SearchStrategy.TYPE_HIERARCHY))
				|| isSecured(MergedAnnotations.from(handlerMethod.getBeanType(), SearchStrategy.TYPE_HIERARCHY));
		return new OperationFacts(path(typeMapping, methodMapping), readsBody, validatesBody, validatesParameters,
				requiresParameters, convertsParameters, consumes, produces, secured);
	}

	private static boolean isValidated(MethodParameter parameter) {
		for (Annotation annotation : parameter.getParameterAnnotations()) {
			if (ValidationAnnotationUtils.determineValidationHints(annotation) != null) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasConstraint(MethodParameter parameter) {
		for (Annotation annotation : parameter.getParameterAnnotations()) {
			if (MergedAnnotations.from(annotation.annotationType()).isPresent(CONSTRAINT)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isRequired(MethodParameter parameter) {
		if (parameter.isOptional() || parameter.getParameterType() == Optional.class) {
			return false;
		}
		RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
		if (param != null) {
			return param.required() && ValueConstants.DEFAULT_NONE.equals(param.defaultValue());
		}
		RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
		if (header != null) {
			return header.required() && ValueConstants.DEFAULT_NONE.equals(header.defaultValue());
		}
		CookieValue cookie = parameter.getParameterAnnotation(CookieValue.class);
		return cookie != null && cookie.required() && ValueConstants.DEFAULT_NONE.equals(cookie.defaultValue());
	}

	private static boolean declares(RequestMapping methodMapping, RequestMapping typeMapping, boolean consumes) {
		for (RequestMapping mapping : new RequestMapping[] { methodMapping, typeMapping }) {
			if (mapping != null && (consumes ? mapping.consumes() : mapping.produces()).length > 0) {
				return true;
			}
		}
		return false;
	}

	private static boolean isSecured(MergedAnnotations annotations) {
		for (String name : SECURITY_ANNOTATIONS) {
			if (annotations.isPresent(name)) {
				return true;
			}
		}
		return false;
	}

	// "/users/{id}" is no URI; an example's instance is a path the client could have sent.
	private static String path(RequestMapping typeMapping, RequestMapping methodMapping) {
		String path = first(typeMapping) + first(methodMapping);
		path = path.replaceAll("\\{[^}]*}", "1");
		return StringUtils.hasLength(path) ? (path.startsWith("/") ? path : "/" + path) : "/";
	}

	private static String first(RequestMapping mapping) {
		return (mapping != null && mapping.path().length > 0) ? mapping.path()[0] : "";
	}

}

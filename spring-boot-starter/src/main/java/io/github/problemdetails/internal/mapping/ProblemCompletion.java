package io.github.problemdetails.internal.mapping;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.github.problemdetails.core.BoundedText;
import io.github.problemdetails.core.Problem;
import io.github.problemdetails.core.ProblemMembers;
import io.github.problemdetails.internal.mapping.ProblemTexts.Localised;
import io.github.problemdetails.internal.mapping.ProblemTexts.ResolvedType;
import io.github.problemdetails.mapping.ProblemRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Completes a problem that the application built itself to the contract, never overwriting what
 * it set: a blank {@code type} becomes the type of the status's kind (with the kind's title when
 * the application left the title at Spring's default), a missing title or detail comes from the
 * application's messages or the status's kind, and {@code instance}, the trace ID and the
 * configured members are added when absent.
 */
final class ProblemCompletion {

	private final MappingSettings settings;

	private final ProblemTexts texts;

	ProblemCompletion(MappingSettings settings, ProblemTexts texts) {
		this.settings = settings;
		this.texts = texts;
	}

	/**
	 * Complete the problem in place.
	 * @param problem the application's problem
	 * @param status the status of the response that carries it, 400 to 599
	 * @param request the request it answers
	 * @return the locale its title or detail was translated into, or {@code null}
	 */
	@Nullable Locale complete(ProblemDetail problem, int status, ProblemRequest request) {
		URI type = problem.getType();
		boolean blank = type == null || Problem.BLANK_TYPE.equals(type);
		ResolvedType resolved = blank ? this.texts.type(StatusKinds.slug(status)) : slugType(type);
		if (blank) {
			problem.setType(resolved.uri());
		}
		Locale language = null;
		if (hasDefaultTitle(problem) && resolved != null) {
			Localised title = this.texts.localised(resolved.titleCode(), ProblemTexts.NO_ARGUMENTS, request.locale());
			if (title != null) {
				problem.setTitle(title.text());
				language = title.language();
			}
			else if (blank) {
				problem.setTitle(this.texts.titleOf(status, resolved, null));
			}
		}
		if (problem.getDetail() == null) {
			Localised detail = (resolved != null) ? this.texts.detailWithoutArguments(resolved, request.locale())
					: null;
			problem.setDetail((detail != null) ? detail.text() : StatusKinds.detail(status));
			if (language == null && detail != null) {
				language = detail.language();
			}
		}
		else {
			problem.setDetail(BoundedText.cut(problem.getDetail(), BoundedText.MAX_DETAIL_LENGTH));
		}
		if (problem.getInstance() == null && this.settings.includeInstance()) {
			problem.setInstance(ProblemTexts.instanceOf(request.path()));
		}
		problem.setProperties(completedProperties(problem.getProperties(), request));
		return language;
	}

	// The type of a slug under the configured base, so that its messages apply; another type has none.
	private @Nullable ResolvedType slugType(URI type) {
		String slug = this.texts.slugOf(type);
		return (slug != null) ? this.texts.type(slug) : null;
	}

	// Spring answers a title that was never set with the status's reason phrase.
	private static boolean hasDefaultTitle(ProblemDetail problem) {
		HttpStatus status = HttpStatus.resolve(problem.getStatus());
		return problem.getTitle() == null || (status != null && status.getReasonPhrase().equals(problem.getTitle()));
	}

	// A copy: the application's map may be immutable. Members named like standard members would
	// be written twice by Spring's serialization, so they go.
	private Map<String, Object> completedProperties(@Nullable Map<String, Object> own, ProblemRequest request) {
		Map<String, Object> properties = new LinkedHashMap<>();
		if (own != null) {
			own.forEach((name, value) -> {
				if (!ProblemMembers.STANDARD.contains(name)) {
					properties.put(name, value);
				}
			});
		}
		String traceIdMember = this.settings.traceIdMember();
		if (request.traceId() != null && properties.get(traceIdMember) == null) {
			properties.put(traceIdMember, request.traceId());
		}
		this.settings.extensions().forEach(properties::putIfAbsent);
		if (this.settings.includeTimestamp()) {
			properties.putIfAbsent(ProblemMembers.TIMESTAMP, Instant.now().toString());
		}
		return properties;
	}

}

package io.github.problemdetails.internal.catalog;

import java.lang.reflect.Method;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import io.github.problemdetails.core.Problem;
import io.github.problemdetails.core.ProblemMembers;
import io.github.problemdetails.core.ProblemStatus;
import io.github.problemdetails.internal.mapping.ConfiguredMapping;
import io.github.problemdetails.internal.mapping.ProblemKind;
import org.jspecify.annotations.Nullable;

/**
 * Every problem type the application knows: the built-in kinds, the exceptions that handler
 * methods declare (typed exceptions and {@code @ProblemResponse}) and the exceptions mapped in
 * configuration. Each type is described by what its problems carry on the wire.
 *
 * <p>Types are only listed when they are slugs under the type base URI: a configured absolute
 * type URI documents itself elsewhere, and {@code about:blank} has no page.
 */
public class ProblemCatalog {

	private static final String EXAMPLE_PATH = "/";

	// For a status the registry has no kind of: the problem's own title and detail say what happened.
	private static final String UNLISTED_WHEN = "The service refuses the request for the reason its title gives.";

	private static final String UNLISTED_CLIENT_ERROR_ACTION = "Read the detail, fix the request, then send it again.";

	private final ProblemExamples examples;

	private final Map<Class<?>, ConfiguredMapping> mappings;

	private final Supplier<Collection<Method>> handlerMethods;

	private volatile @Nullable List<ProblemTypeDescription> types;

	/**
	 * Create a catalogue.
	 * @param examples examples made by the application's engine
	 * @param mappings the configured exception mappings
	 * @param handlerMethods the application's handler methods, asked once on first use
	 */
	public ProblemCatalog(ProblemExamples examples, Map<Class<?>, ConfiguredMapping> mappings,
			Supplier<Collection<Method>> handlerMethods) {
		this.examples = examples;
		this.mappings = Map.copyOf(mappings);
		this.handlerMethods = handlerMethods;
	}

	/**
	 * Return every problem type, by status and slug.
	 * @return the descriptions
	 */
	public List<ProblemTypeDescription> types() {
		List<ProblemTypeDescription> described = this.types;
		if (described == null) {
			described = describe();
			this.types = described;
		}
		return described;
	}

	/**
	 * Return the description of one type.
	 * @param slug the type slug
	 * @return the description, or {@code null} if the application has no such type
	 */
	public @Nullable ProblemTypeDescription type(String slug) {
		return types().stream().filter((type) -> type.slug().equals(slug)).findFirst().orElse(null);
	}

	private List<ProblemTypeDescription> describe() {
		Map<String, Entry> entries = new LinkedHashMap<>();
		for (ProblemKind kind : ProblemKind.values()) {
			add(entries, this.examples.of(kind, EXAMPLE_PATH, false).problem(), kind.slug(), kind.when(),
					kind.action());
		}
		Set<Class<? extends Throwable>> declared = new LinkedHashSet<>();
		this.handlerMethods.get().forEach((method) -> declared.addAll(DeclaredProblems.of(method)));
		this.mappings.keySet()
			.stream()
			.filter(Throwable.class::isAssignableFrom)
			.map(ProblemCatalog::asThrowable)
			.forEach(declared::add);
		for (Class<? extends Throwable> exceptionClass : declared) {
			Problem problem = this.examples.of(exceptionClass, EXAMPLE_PATH).problem();
			String slug = slugOf(problem);
			if (slug == null) {
				continue;
			}
			ConfiguredMapping mapping = this.mappings.get(exceptionClass);
			// The engine gives the problem the slug and title of its status's kind; the texts follow the same kind.
			ProblemKind kind = ProblemKind.ofStatus(problem.status());
			String when = (mapping != null && mapping.detail() != null) ? mapping.detail()
					: (kind != null) ? kind.when() : UNLISTED_WHEN;
			String action = (kind != null) ? kind.action()
					: ProblemStatus.isClientError(problem.status()) ? UNLISTED_CLIENT_ERROR_ACTION
							: ProblemKind.INTERNAL_ERROR.action();
			add(entries, problem, slug, when, action);
		}
		return entries.values()
			.stream()
			.map(Entry::toDescription)
			.sorted(Comparator.comparingInt(ProblemTypeDescription::status).thenComparing(ProblemTypeDescription::slug))
			.toList();
	}

	@SuppressWarnings("unchecked")
	private static Class<? extends Throwable> asThrowable(Class<?> type) {
		return (Class<? extends Throwable>) type;
	}

	private void add(Map<String, Entry> entries, Problem problem, String slug, String when, String action) {
		if (slugOf(problem) == null) {
			return;
		}
		Entry entry = entries.computeIfAbsent(slug, (key) -> new Entry(key, problem, when, action));
		if (problem.extensions().get(ProblemMembers.CODE) instanceof String code) {
			entry.codes.add(code);
		}
	}

	// The slug is what the engine appended to the base: a type elsewhere (or about:blank) is no page of ours.
	private @Nullable String slugOf(Problem problem) {
		URI base = this.examples.typeBaseUri();
		if (base == null) {
			return null;
		}
		String prefix = base.toString().endsWith("/") ? base.toString() : base + "/";
		String type = problem.type().toString();
		return (type.startsWith(prefix) && type.length() > prefix.length()) ? type.substring(prefix.length()) : null;
	}

	private static final class Entry {

		private final String slug;

		private final Problem problem;

		private final String when;

		private final String action;

		private final Set<String> codes = new LinkedHashSet<>();

		Entry(String slug, Problem problem, String when, String action) {
			this.slug = slug;
			this.problem = problem;
			this.when = when;
			this.action = action;
		}

		ProblemTypeDescription toDescription() {
			return new ProblemTypeDescription(this.slug, this.problem.type().toString(),
					String.valueOf(this.problem.title()), this.problem.status(), new ArrayList<>(this.codes), this.when,
					this.action);
		}

	}

}

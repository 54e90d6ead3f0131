package io.github.problemdetails.internal.catalog;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.github.problemdetails.core.FieldViolation;
import io.github.problemdetails.core.Problem;
import io.github.problemdetails.core.exception.ValidationException;
import io.github.problemdetails.internal.json.ProblemJsonWriter;
import io.github.problemdetails.internal.mapping.MappedProblem;
import io.github.problemdetails.internal.mapping.ProblemKind;
import io.github.problemdetails.internal.mapping.ProblemMapper;
import io.github.problemdetails.mapping.ProblemRequest;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.ReflectionUtils;

/**
 * Example problems, made by the application's own mapping engine so that they are what the
 * service really sends: the same type URI, title, status, code and members.
 */
public class ProblemExamples {

	/** Trace ID of every example, in the W3C format that a generated one has. */
	public static final String EXAMPLE_TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

	private static final TypeReference<LinkedHashMap<String, Object>> MEMBERS = new TypeReference<>() {
	};

	// Public first; then up to two parameters, the most first, so that "(resource, id)" gives a detail with its
	// arguments filled in; constructors of more (type, title, detail, ...) only when no other works.
	private static final Comparator<Constructor<?>> CONSTRUCTOR_ORDER = Comparator
		.<Constructor<?>, Boolean>comparing((constructor) -> !Modifier.isPublic(constructor.getModifiers()))
		.thenComparing((constructor) -> constructor.getParameterCount() > 2)
		.thenComparing(Constructor::getParameterCount, Comparator.reverseOrder());

	private final ProblemMapper mapper;

	private final ProblemJsonWriter jsonWriter;

	private final JsonMapper jsonMapper;

	// Work that depends only on the exception class is done once (STYLE: cached per class).
	private final Map<Class<?>, Optional<Throwable>> instances = new ConcurrentHashMap<>();

	/**
	 * Create examples made by the given engine and written by the given writer.
	 * @param mapper the application's mapping engine
	 * @param jsonWriter the application's problem writer
	 */
	public ProblemExamples(ProblemMapper mapper, ProblemJsonWriter jsonWriter) {
		this.mapper = mapper;
		this.jsonWriter = jsonWriter;
		this.jsonMapper = JsonMapper.shared();
	}

	/**
	 * Return the base that type slugs are appended to.
	 * @return the base, or {@code null} when every type is {@code about:blank}
	 */
	public @Nullable URI typeBaseUri() {
		return this.mapper.settings().typeBaseUri();
	}

	/**
	 * An example of a built-in kind of problem.
	 * @param kind the kind
	 * @param path the request path, the example's {@code instance}
	 * @param parameter whether a validation example concerns a parameter rather than the body
	 * @return the example
	 */
	public MappedProblem of(ProblemKind kind, String path, boolean parameter) {
		ProblemRequest request = ProblemRequest.of(path, EXAMPLE_TRACE_ID);
		if (kind == ProblemKind.VALIDATION_FAILED) {
			FieldViolation violation = parameter ? FieldViolation.ofParameter("limit",
					"must be less than or equal to 100", "Max")
					: FieldViolation.ofPointer("/email", "email", "must be a well-formed email address", "Email");
			return this.mapper.map(new ValidationException(List.of(violation)), request);
		}
		return this.mapper.mapDraft(kind.draft(kind.detail()), request);
	}

	/**
	 * An example of the problem that an exception class is answered with: an instance made
	 * with placeholder arguments and mapped by the engine, so that configured mappings and
	 * codes apply; when no instance can be made, the nearest superclass that can be.
	 * @param exceptionClass the exception class
	 * @param path the request path, the example's {@code instance}
	 * @return the example
	 */
	public MappedProblem of(Class<? extends Throwable> exceptionClass, String path) {
		ProblemRequest request = ProblemRequest.of(path, EXAMPLE_TRACE_ID);
		Throwable exception = this.instances.computeIfAbsent(exceptionClass, ProblemExamples::instantiate)
			.orElseGet(RuntimeException::new);
		return this.mapper.map(exception, request);
	}

	/**
	 * The members of a problem as the service writes them, in order.
	 * @param problem the problem
	 * @return the members by name
	 */
	public Map<String, Object> members(Problem problem) {
		return this.jsonMapper.readValue(this.jsonWriter.toBytes(problem), MEMBERS);
	}

	private static Optional<Throwable> instantiate(Class<?> type) {
		for (Class<?> candidate = type; candidate != null && Throwable.class.isAssignableFrom(candidate);
				candidate = candidate.getSuperclass()) {
			if (Modifier.isAbstract(candidate.getModifiers())) {
				continue;
			}
			Constructor<?>[] constructors = candidate.getDeclaredConstructors();
			Arrays.sort(constructors, CONSTRUCTOR_ORDER);
			for (Constructor<?> constructor : constructors) {
				Object[] arguments = placeholders(constructor.getParameterTypes());
				if (arguments == null) {
					continue;
				}
				try {
					ReflectionUtils.makeAccessible(constructor);
					return Optional.of((Throwable) constructor.newInstance(arguments));
				}
				catch (ReflectiveOperationException | RuntimeException | LinkageError ex) {
					// This constructor rejects placeholders: try the next one.
				}
			}
		}
		return Optional.empty();
	}

	private static Object @Nullable [] placeholders(Class<?>[] types) {
		Object[] arguments = new Object[types.length];
		for (int i = 0; i < types.length; i++) {
			Object argument = placeholder(types[i]);
			if (argument == null) {
				return null;
			}
			arguments[i] = argument;
		}
		return arguments;
	}

	private static @Nullable Object placeholder(Class<?> type) {
		if (type == String.class || type == CharSequence.class) {
			return "example";
		}
		if (type == Object.class) {
			return "42";
		}
		if (type == int.class || type == Integer.class) {
			return 1;
		}
		if (type == long.class || type == Long.class) {
			return 1L;
		}
		if (type == Duration.class) {
			return Duration.ofSeconds(30);
		}
		if (type == List.class) {
			return List.of();
		}
		if (type == Object[].class) {
			return new Object[0];
		}
		return null;
	}

}

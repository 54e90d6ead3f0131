package io.github.problemdetails.core.exception;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import io.github.problemdetails.core.FieldViolation;
import io.github.problemdetails.core.ProblemStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards the even API of every typed exception: a detail-plus-cause constructor, a log-only message for a server
 * error, and {@code with...} methods that return the exception's own type.
 */
class TypedExceptionsTests {

	// Surefire runs with the module directory as the working directory.
	private static final Path SOURCES = Path.of("src", "main", "java", "io", "github", "problemdetails", "core",
			"exception");

	private static final String TEXT = "Explanation of this occurrence.";

	static List<Class<?>> typedExceptions() throws IOException {
		try (Stream<Path> files = Files.list(SOURCES)) {
			return files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith("Exception.java"))
				.<Class<?>>map((name) -> load(name.substring(0, name.length() - ".java".length())))
				.filter((type) -> Modifier.isPublic(type.getModifiers()) && type != ProblemException.class)
				.toList();
		}
	}

	private static Class<?> load(String simpleName) {
		try {
			return Class.forName(ProblemException.class.getPackageName() + "." + simpleName);
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void findsEveryTypedException() throws IOException {
		assertThat(typedExceptions()).hasSize(15).contains(NotFoundException.class, ServiceUnavailableException.class);
	}

	@ParameterizedTest
	@MethodSource("typedExceptions")
	void takesADetailAndACause(Class<?> type) throws ReflectiveOperationException {
		Constructor<?> constructor = Arrays.stream(type.getConstructors())
			.filter((candidate) -> isDetailAndCause(candidate.getParameterTypes()))
			.findFirst()
			.orElseThrow(() -> new AssertionError(type.getSimpleName() + " has no detail-and-cause constructor"));
		IllegalStateException cause = new IllegalStateException("root cause");
		ProblemException exception = (ProblemException) constructor.newInstance(arguments(constructor, cause));

		assertThat(exception.getCause()).isSameAs(cause);
		assertThat(exception).hasMessage(TEXT);
		if (ProblemStatus.isServerError(exception.getStatus())) {
			assertThat(exception.getDetail()).as("detail of a server error").isNull();
		}
		else {
			assertThat(exception.getDetail()).isEqualTo(TEXT);
		}
	}

	@ParameterizedTest
	@MethodSource("typedExceptions")
	void withMethodsReturnTheExceptionsOwnType(Class<?> type) throws NoSuchMethodException {
		for (Method with : ProblemException.class.getDeclaredMethods()) {
			if (with.getName().startsWith("with") && Modifier.isPublic(with.getModifiers())) {
				assertThat(type.getDeclaredMethod(with.getName(), with.getParameterTypes()).getReturnType())
					.as("%s.%s", type.getSimpleName(), with.getName())
					.isEqualTo(type);
			}
		}
	}

	private static boolean isDetailAndCause(Class<?>[] parameters) {
		return parameters.length >= 2 && parameters[0] == String.class
				&& parameters[parameters.length - 1] == Throwable.class;
	}

	// The values a detail-and-cause constructor needs besides them: a retry delay or the violations.
	private static Object[] arguments(Constructor<?> constructor, Throwable cause) {
		Class<?>[] parameters = constructor.getParameterTypes();
		Object[] arguments = new Object[parameters.length];
		arguments[0] = TEXT;
		arguments[parameters.length - 1] = cause;
		for (int i = 1; i < parameters.length - 1; i++) {
			arguments[i] = (parameters[i] == Duration.class) ? Duration.ofSeconds(1)
					: List.of(FieldViolation.ofParameter("page", "must be at least 1", null));
		}
		return arguments;
	}

}

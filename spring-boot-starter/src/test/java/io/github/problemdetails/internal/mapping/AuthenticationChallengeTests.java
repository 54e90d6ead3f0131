package io.github.problemdetails.internal.mapping;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.problemdetails.core.exception.ProblemException;
import io.github.problemdetails.core.exception.UnauthenticatedException;
import io.github.problemdetails.mapping.ProblemRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AuthenticationChallenge}: the challenge of a typed 401 that names none.
 */
class AuthenticationChallengeTests {

	private static final String MECHANISM = "Basic realm=\"Realm\", charset=\"UTF-8\"";

	@Test
	void isBearerWithoutConfigurationOrMechanism() {
		assertThat(challengeOf(new UnauthenticatedException("Sign in."), null, request(Map.of())))
			.isEqualTo("Bearer");
	}

	@Test
	void isTheChallengeOfTheMechanismTheRequestWentThrough() {
		assertThat(challengeOf(new UnauthenticatedException("Sign in."), null,
				request(Map.of(AuthenticationChallenge.ATTRIBUTE, MECHANISM))))
			.isEqualTo(MECHANISM);
	}

	@Test
	void configuredChallengeGoesBeforeTheMechanisms() {
		assertThat(challengeOf(new UnauthenticatedException("Sign in."), "Bearer realm=\"api\"",
				request(Map.of(AuthenticationChallenge.ATTRIBUTE, MECHANISM))))
			.isEqualTo("Bearer realm=\"api\"");
	}

	@Test
	void challengeOfTheExceptionGoesFirst() {
		assertThat(challengeOf(new UnauthenticatedException("Sign in.", "Negotiate"), "Bearer realm=\"api\"",
				request(Map.of(AuthenticationChallenge.ATTRIBUTE, MECHANISM))))
			.isEqualTo("Negotiate");
		ProblemException withHeader = new ProblemException(401, "session-expired", "Session expired", "Sign in.")
			.withHeader("www-authenticate", "Negotiate");
		assertThat(challengeOf(withHeader, "Bearer realm=\"api\"", request(Map.of()))).isEqualTo("Negotiate");
	}

	@Test
	void everyTyped401GetsAChallenge() {
		ProblemException unauthorized = new ProblemException(401, "session-expired", "Session expired", "Sign in.");
		assertThat(challengeOf(unauthorized, null, request(Map.of()))).isEqualTo("Bearer");
	}

	@Test
	void otherStatusesGetNone() {
		ProblemException forbidden = new ProblemException(403, "forbidden", "Access denied", "No.");
		assertThat(new ProblemMapper(MappingSettings.builder().challenge("Bearer").build())
			.map(forbidden, request(Map.of()))
			.headers()
			.containsHeader("WWW-Authenticate")).isFalse();
	}

	private static String challengeOf(ProblemException exception, String configured, ProblemRequest request) {
		ProblemMapper mapper = new ProblemMapper(MappingSettings.builder().challenge(configured).build(), List.of());
		List<String> challenges = mapper.map(exception, request).headers().get("WWW-Authenticate");
		assertThat(challenges).hasSize(1);
		return challenges.get(0);
	}

	private static ProblemRequest request(Map<String, Object> attributes) {
		return new ProblemRequest("GET", "/orders", null, (name) -> null, attributes::get, Locale.ROOT);
	}

}

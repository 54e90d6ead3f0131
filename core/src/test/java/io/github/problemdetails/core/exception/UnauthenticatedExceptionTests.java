package io.github.problemdetails.core.exception;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class UnauthenticatedExceptionTests {

	@Test
	void answers401WithBearerChallengeByDefault() {
		UnauthenticatedException exception = new UnauthenticatedException("The token has expired.");
		assertThat(exception.getStatus()).isEqualTo(401);
		assertThat(exception.getType()).isEqualTo("unauthenticated").isEqualTo(UnauthenticatedException.TYPE);
		assertThat(exception.getTitle()).isEqualTo("Authentication required")
			.isEqualTo(UnauthenticatedException.TITLE);
		assertThat(exception.getDetail()).isEqualTo("The token has expired.");
		assertThat(exception.getChallenge()).isEqualTo("Bearer");
		assertThat(exception.getHeaders()).containsExactly(Map.entry("WWW-Authenticate", "Bearer"));
		assertThat(exception.getStackTrace()).isEmpty();
	}

	@Test
	void sendsGivenChallenge() {
		UnauthenticatedException exception = new UnauthenticatedException(null, "Basic realm=\"orders\"");
		assertThat(exception.getChallenge()).isEqualTo("Basic realm=\"orders\"");
		assertThat(exception.getHeaders()).containsExactly(Map.entry("WWW-Authenticate", "Basic realm=\"orders\""));
	}

	@Test
	void keepsCauseWithBearerChallenge() {
		IllegalStateException cause = new IllegalStateException("signature mismatch");
		UnauthenticatedException exception = new UnauthenticatedException("The token is invalid.", cause);
		assertThat(exception.getCause()).isSameAs(cause);
		assertThat(exception.getHeaders()).containsExactly(Map.entry("WWW-Authenticate", "Bearer"));
	}

	@Test
	void headerNameComesFromProblemHeaders() {
		assertThat(UnauthenticatedException.WWW_AUTHENTICATE).isSameAs(ProblemHeaders.WWW_AUTHENTICATE)
			.isEqualTo("WWW-Authenticate");
	}

	@Test
	void rejectsNullOrInjectedChallenge() {
		assertThatNullPointerException().isThrownBy(() -> new UnauthenticatedException("d", (String) null))
			.withMessage("'challenge' must not be null");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new UnauthenticatedException("d", "Bearer\r\nSet-Cookie: a=b"))
			.withMessage("'value' must not contain CR or LF");
	}

}

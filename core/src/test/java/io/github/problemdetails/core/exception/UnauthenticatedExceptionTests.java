package io.github.problemdetails.core.exception;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class UnauthenticatedExceptionTests {

	@Test
	void leavesTheChallengeToTheServiceByDefault() {
		UnauthenticatedException exception = new UnauthenticatedException("The token has expired.");
		assertThat(exception.getStatus()).isEqualTo(401);
		assertThat(exception.getType()).isEqualTo("unauthenticated").isEqualTo(UnauthenticatedException.TYPE);
		assertThat(exception.getTitle()).isEqualTo("Authentication required")
			.isEqualTo(UnauthenticatedException.TITLE);
		assertThat(exception.getDetail()).isEqualTo("The token has expired.");
		assertThat(exception.getChallenge()).isNull();
		assertThat(exception.getHeaders()).isEmpty();
		assertThat(exception.getStackTrace()).isEmpty();
	}

	@Test
	void sendsGivenChallenge() {
		UnauthenticatedException exception = new UnauthenticatedException(null, "Basic realm=\"orders\"");
		assertThat(exception.getChallenge()).isEqualTo("Basic realm=\"orders\"");
		assertThat(exception.getHeaders()).containsExactly(Map.entry("WWW-Authenticate", "Basic realm=\"orders\""));
	}

	@Test
	void keepsCauseAndLeavesTheChallengeToTheService() {
		IllegalStateException cause = new IllegalStateException("signature mismatch");
		UnauthenticatedException exception = new UnauthenticatedException("The token is invalid.", cause);
		assertThat(exception.getCause()).isSameAs(cause);
		assertThat(exception.getChallenge()).isNull();
		assertThat(exception.getHeaders()).isEmpty();
	}

	@Test
	void subclassMayLeaveTheChallengeToTheService() {
		UnauthenticatedException exception = new UnauthenticatedException("session-expired", "Session expired",
				"Sign in again.", null) {
		};
		assertThat(exception.getType()).isEqualTo("session-expired");
		assertThat(exception.getChallenge()).isNull();
		assertThat(exception.getHeaders()).isEmpty();
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

package io.github.problemdetails.internal.logging;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link RepeatedFailures}.
 */
class RepeatedFailuresTests {

	private final AtomicLong now = new AtomicLong();

	private final RepeatedFailures repeatedFailures = new RepeatedFailures(Duration.ofSeconds(60), this.now::get);

	@Test
	void sameFailureWithinTheWindowIsARepeatOfTheFirst() {
		assertThat(this.repeatedFailures.repeatOf(failure("disk full"), "first")).isNull();
		this.now.addAndGet(Duration.ofSeconds(59).toNanos());
		assertThat(this.repeatedFailures.repeatOf(failure("disk full"), "second"))
			.isEqualTo(new RepeatedFailures.Repeat("first", 1));
		assertThat(this.repeatedFailures.repeatOf(failure("disk really full"), "third"))
			.isEqualTo(new RepeatedFailures.Repeat("first", 2));
	}

	@Test
	void sameFailureAfterTheWindowIsLoggedInFullAgain() {
		assertThat(this.repeatedFailures.repeatOf(failure("disk full"), "first")).isNull();
		this.now.addAndGet(Duration.ofSeconds(60).toNanos());
		assertThat(this.repeatedFailures.repeatOf(failure("disk full"), "second")).isNull();
		assertThat(this.repeatedFailures.repeatOf(failure("disk full"), "third"))
			.isEqualTo(new RepeatedFailures.Repeat("second", 1));
	}

	@Test
	void failureThrownElsewhereIsNoRepeat() {
		assertThat(this.repeatedFailures.repeatOf(failure("disk full"), "first")).isNull();
		assertThat(this.repeatedFailures.repeatOf(otherFailure("disk full"), "second")).isNull();
	}

	@Test
	void failureOfAnotherClassIsNoRepeat() {
		assertThat(this.repeatedFailures.repeatOf(failure("disk full"), "first")).isNull();
		assertThat(this.repeatedFailures.repeatOf(new IllegalArgumentException("disk full"), "second")).isNull();
	}

	@Test
	void failureWithAnotherCauseIsNoRepeat() {
		assertThat(this.repeatedFailures.repeatOf(wrapped(failure("disk full")), "first")).isNull();
		assertThat(this.repeatedFailures.repeatOf(wrapped(otherFailure("disk full")), "second")).isNull();
		assertThat(this.repeatedFailures.repeatOf(wrapped(failure("disk full")), "third"))
			.isEqualTo(new RepeatedFailures.Repeat("first", 1));
	}

	@Test
	void zeroWindowNeverCountsARepeat() {
		RepeatedFailures everyTime = new RepeatedFailures(Duration.ZERO, this.now::get);
		assertThat(everyTime.repeatOf(failure("disk full"), "first")).isNull();
		assertThat(everyTime.repeatOf(failure("disk full"), "second")).isNull();
	}

	@Test
	void failuresPastTheBoundAreLoggedInFullUntilOthersExpire() {
		for (int i = 0; i < RepeatedFailures.MAX_REMEMBERED; i++) {
			assertThat(this.repeatedFailures.repeatOf(failureAtLine(i), "distinct-" + i)).isNull();
		}
		IllegalStateException oneTooMany = failureAtLine(RepeatedFailures.MAX_REMEMBERED);
		assertThat(this.repeatedFailures.repeatOf(oneTooMany, "first")).isNull();
		assertThat(this.repeatedFailures.repeatOf(oneTooMany, "second")).isNull();
		this.now.addAndGet(Duration.ofSeconds(60).toNanos());
		assertThat(this.repeatedFailures.repeatOf(oneTooMany, "third")).isNull();
		assertThat(this.repeatedFailures.repeatOf(oneTooMany, "fourth"))
			.isEqualTo(new RepeatedFailures.Repeat("third", 1));
	}

	@Test
	void rejectsNegativeWindow() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RepeatedFailures(Duration.ofSeconds(-1)))
			.withMessage("'window' must not be negative");
	}

	private static IllegalStateException failure(String message) {
		return new IllegalStateException(message);
	}

	private static IllegalStateException otherFailure(String message) {
		return new IllegalStateException(message);
	}

	private static RuntimeException wrapped(Throwable cause) {
		return new RuntimeException("report failed", cause);
	}

	// Distinct throw sites without a thousand methods: the same exception with its top frame rewritten.
	private static IllegalStateException failureAtLine(int line) {
		IllegalStateException failure = new IllegalStateException("disk full");
		StackTraceElement[] frames = failure.getStackTrace();
		frames[0] = new StackTraceElement(frames[0].getClassName(), frames[0].getMethodName(),
				frames[0].getFileName(), 10_000 + line);
		failure.setStackTrace(frames);
		return failure;
	}

}

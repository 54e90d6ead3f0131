package io.github.problemdetails.internal.webmvc;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TomcatClientErrorLogging}.
 */
class TomcatClientErrorLoggingTests {

	private static final String PROCESSOR = "org.apache.coyote.http11.Http11Processor";

	private static final String COOKIE = "org.apache.tomcat.util.http.parser.Cookie";

	private final RecordingLoggingSystem loggingSystem = new RecordingLoggingSystem();

	@Test
	void lowersTomcatsLoggersOfMalformedRequestsToWarn() {
		customize();
		assertThat(this.loggingSystem.levels).containsEntry(PROCESSOR, LogLevel.WARN)
			.containsEntry(COOKIE, LogLevel.WARN);
	}

	@Test
	void leavesALoggerWhoseLevelTheApplicationConfigured() {
		this.loggingSystem.levels.put(PROCESSOR, LogLevel.DEBUG);
		customize();
		assertThat(this.loggingSystem.levels).containsEntry(PROCESSOR, LogLevel.DEBUG)
			.containsEntry(COOKIE, LogLevel.WARN);
	}

	@Test
	void leavesALoggerBelowOneWhoseLevelTheApplicationConfigured() {
		this.loggingSystem.levels.put("org.apache.coyote", LogLevel.INFO);
		customize();
		assertThat(this.loggingSystem.levels).doesNotContainKey(PROCESSOR).containsEntry(COOKIE, LogLevel.WARN);
	}

	private void customize() {
		new TomcatClientErrorLogging(this.loggingSystem).customize(new TomcatServletWebServerFactory());
	}

	/**
	 * A logging system that knows the levels set in it.
	 */
	static class RecordingLoggingSystem extends LoggingSystem {

		final Map<String, LogLevel> levels = new HashMap<>();

		@Override
		public void beforeInitialize() {
		}

		@Override
		public void setLogLevel(@Nullable String loggerName, @Nullable LogLevel level) {
			this.levels.put(loggerName, level);
		}

		@Override
		public @Nullable LoggerConfiguration getLoggerConfiguration(String loggerName) {
			LogLevel level = this.levels.get(loggerName);
			return (level != null) ? new LoggerConfiguration(loggerName, level, level) : null;
		}

	}

}

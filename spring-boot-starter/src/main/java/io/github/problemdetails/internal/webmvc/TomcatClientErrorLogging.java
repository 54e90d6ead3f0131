package io.github.problemdetails.internal.webmvc;

import java.util.List;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;

/**
 * Keeps Tomcat from logging, at INFO, what any client can make it log: a request it cannot parse (with a stack
 * trace, once per connection processor) and a malformed cookie (quoting it). The starter answers and logs such a
 * request itself (its {@link ProblemErrorReportValve}), once and bounded; Tomcat's loggers for them are set to
 * WARN, unless the application configured their level, or that of a logger above them, itself
 * ({@code logging.level.*} or its logging configuration file).
 */
public class TomcatClientErrorLogging implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

	// The loggers that Tomcat writes a client's malformed request to.
	private static final List<String> LOGGERS = List.of("org.apache.coyote.http11.Http11Processor",
			"org.apache.tomcat.util.http.parser.Cookie");

	private final LoggingSystem loggingSystem;

	/**
	 * Create the customizer.
	 * @param loggingSystem the application's logging system
	 */
	public TomcatClientErrorLogging(LoggingSystem loggingSystem) {
		this.loggingSystem = loggingSystem;
	}

	// When the server is created, logging is initialised with the application's levels.
	@Override
	public void customize(ConfigurableTomcatWebServerFactory factory) {
		for (String logger : LOGGERS) {
			if (!isConfigured(logger)) {
				this.loggingSystem.setLogLevel(logger, LogLevel.WARN);
			}
		}
	}

	private boolean isConfigured(String logger) {
		for (String name = logger; name.indexOf('.') > 0; name = name.substring(0, name.lastIndexOf('.'))) {
			LoggerConfiguration configuration = this.loggingSystem.getLoggerConfiguration(name);
			if (configuration != null && configuration.getConfiguredLevel() != null) {
				return true;
			}
		}
		return false;
	}

}

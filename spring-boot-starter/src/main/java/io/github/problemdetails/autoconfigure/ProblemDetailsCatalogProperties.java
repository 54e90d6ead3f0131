package io.github.problemdetails.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * Configuration of the catalogue of the problem types that the application answers with,
 * served at its type URIs, under the {@code problem-details.catalog} prefix.
 */
@ConfigurationProperties(prefix = ProblemDetailsCatalogProperties.PREFIX, ignoreUnknownFields = false)
public class ProblemDetailsCatalogProperties implements InitializingBean {

	static final String PREFIX = "problem-details.catalog";

	/**
	 * Whether to serve the catalogue of problem types as JSON and HTML; when not set, it is
	 * served when "type-base-uri" is a path of this application, such as "/problems/".
	 */
	private @Nullable Boolean enabled;

	/**
	 * Path that lists the problem types, each described at the path plus its slug; when not
	 * set, the path of "type-base-uri" if it is one, else "/problems/".
	 */
	private @Nullable String path;

	public @Nullable Boolean getEnabled() {
		return this.enabled;
	}

	public void setEnabled(@Nullable Boolean enabled) {
		this.enabled = enabled;
	}

	public @Nullable String getPath() {
		return this.path;
	}

	public void setPath(@Nullable String path) {
		this.path = path;
	}

	/**
	 * Stop startup on a path that cannot work.
	 * @throws InvalidConfigurationPropertyValueException if the path is no plain path starting
	 * with '/'
	 */
	@Override
	public void afterPropertiesSet() {
		// The path is registered as a route: a pattern character would match other paths than the catalogue's.
		String configured = this.path;
		if (configured != null && !configured.isBlank()
				&& (!configured.startsWith("/") || configured.contains("{") || configured.contains("*"))) {
			throw new InvalidConfigurationPropertyValueException(PREFIX + ".path", configured,
					"Must be a plain path starting with '/'. Use a path such as '/problems/'.");
		}
	}

}

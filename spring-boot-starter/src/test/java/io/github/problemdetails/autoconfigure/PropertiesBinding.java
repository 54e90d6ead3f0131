package io.github.problemdetails.autoconfigure;

import java.util.Map;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.annotation.MergedAnnotations;

/**
 * Binds a properties class as Spring Boot does: under its prefix, then checked.
 */
final class PropertiesBinding {

	private PropertiesBinding() {
	}

	/**
	 * Bind values to properties under their prefix and check them as a bean's initialization
	 * does.
	 * @param <T> the type of the properties
	 * @param properties the properties to bind to
	 * @param values the values by property name
	 * @return the bound properties
	 */
	static <T> T bind(T properties, Map<String, String> values) {
		String prefix = MergedAnnotations.from(properties.getClass())
			.get(ConfigurationProperties.class)
			.getString("prefix");
		new Binder(new MapConfigurationPropertySource(values)).bind(prefix, Bindable.ofInstance(properties));
		if (properties instanceof InitializingBean checked) {
			try {
				checked.afterPropertiesSet();
			}
			catch (Exception ex) {
				throw (ex instanceof RuntimeException runtime) ? runtime : new IllegalStateException(ex);
			}
		}
		return properties;
	}

}

package io.github.problemdetails.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.handler.NoUnboundElementsBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Binds a properties class as Spring Boot binds a {@code @ConfigurationProperties} bean: under
 * its prefix, refusing unknown keys unless it ignores them, with the starter's bind handler
 * advisor, then checked as the bean's initialization does.
 */
final class PropertiesBinding {

	private PropertiesBinding() {
	}

	/**
	 * Bind values given by property name.
	 * @param <T> the type of the properties
	 * @param properties the properties to bind to
	 * @param values the values by property name
	 * @return the bound properties
	 */
	static <T> T bind(T properties, Map<String, String> values) {
		return bind(properties, List.of(new MapConfigurationPropertySource(values)));
	}

	/**
	 * Bind the values of a YAML file, read as Spring Boot reads {@code application.yml}.
	 * @param <T> the type of the properties
	 * @param properties the properties to bind to
	 * @param resource the class path of the YAML file
	 * @return the bound properties
	 */
	static <T> T bindYaml(T properties, String resource) {
		try {
			List<PropertySource<?>> yaml = new YamlPropertySourceLoader().load(resource,
					new ClassPathResource(resource));
			return bind(properties, ConfigurationPropertySources.from(yaml));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static <T> T bind(T properties, Iterable<ConfigurationPropertySource> sources) {
		ConfigurationProperties annotation = MergedAnnotations.from(properties.getClass())
			.get(ConfigurationProperties.class)
			.synthesize();
		BindHandler handler = annotation.ignoreUnknownFields() ? BindHandler.DEFAULT
				: new NoUnboundElementsBindHandler(BindHandler.DEFAULT);
		// Spring Boot applies every advisor of the context to every binding.
		handler = new ProblemDetailsBindHandlerAdvisor().apply(handler);
		new Binder(sources).bind(annotation.prefix(), Bindable.ofInstance(properties), handler);
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

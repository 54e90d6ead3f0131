package io.github.problemdetails.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationPropertiesBindHandlerAdvisor;
import org.springframework.boot.context.properties.bind.AbstractBindHandler;
import org.springframework.boot.context.properties.bind.BindContext;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;

/**
 * Completes Spring Boot's refusal of unknown keys under {@code problem-details}
 * ({@code ignoreUnknownFields = false}) where one prefix is bound by several properties
 * classes: the sections of the integrations are left to their own properties, which refuse
 * the keys they do not know themselves, and a class name that is not bracketed as a key of
 * {@code problem-details.exceptions} is handed to {@link ProblemDetailsProperties}, whose
 * checks report it with its bracketed form.
 */
final class ProblemDetailsBindHandlerAdvisor implements ConfigurationPropertiesBindHandlerAdvisor {

	private static final ConfigurationPropertyName ROOT = ConfigurationPropertyName.of(ProblemDetailsProperties.PREFIX);

	private static final List<ConfigurationPropertyName> INTEGRATION_SECTIONS = Stream
		.of(ProblemDetailsSecurityProperties.PREFIX, ProblemDetailsDataProperties.PREFIX,
				ProblemDetailsClientProperties.PREFIX, ProblemDetailsTracingProperties.PREFIX,
				ProblemDetailsCatalogProperties.PREFIX)
		.map(ConfigurationPropertyName::of)
		.toList();

	@Override
	public BindHandler apply(BindHandler bindHandler) {
		return new UnknownKeysBindHandler(bindHandler);
	}

	/**
	 * Sorts the keys that Spring Boot found unbound under {@code problem-details} once the
	 * root properties are bound; every other binding passes through.
	 */
	private static final class UnknownKeysBindHandler extends AbstractBindHandler {

		UnknownKeysBindHandler(BindHandler parent) {
			super(parent);
		}

		@Override
		public void onFinish(ConfigurationPropertyName name, Bindable<?> target, BindContext context,
				@Nullable Object result) throws Exception {
			if (context.getDepth() > 0 || !ROOT.equals(name)) {
				super.onFinish(name, target, context, result);
				return;
			}
			List<ConfigurationProperty> unbracketed = new ArrayList<>();
			try {
				super.onFinish(name, target, context, result);
			}
			catch (UnboundConfigurationPropertiesException ex) {
				Set<ConfigurationProperty> unknown = new TreeSet<>();
				for (ConfigurationProperty property : ex.getUnboundProperties()) {
					if (ExceptionMappings.isUnbracketedClassName(property.getName())) {
						unbracketed.add(property);
					}
					else if (INTEGRATION_SECTIONS.stream()
						.noneMatch((section) -> section.isAncestorOf(property.getName()))) {
						unknown.add(property);
					}
				}
				if (!unknown.isEmpty()) {
					throw new UnboundConfigurationPropertiesException(unknown);
				}
			}
			// Reported after binding: a failure thrown while binding is described by Spring Boot as one of
			// whatever property was bound last.
			Supplier<?> existing = target.getValue();
			Object bound = (result != null) ? result : (existing != null) ? existing.get() : null;
			if (bound instanceof ProblemDetailsProperties problemDetails) {
				problemDetails.rejectUnbracketedExceptionKeys(unbracketed);
			}
		}

	}

}

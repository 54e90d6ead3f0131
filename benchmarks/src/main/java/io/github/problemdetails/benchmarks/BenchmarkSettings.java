package io.github.problemdetails.benchmarks;

import java.net.URI;
import java.util.Map;

import io.github.problemdetails.internal.mapping.MappingSettings;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The mapping settings of the sample app, which the benchmarks map with.
 */
final class BenchmarkSettings {

	/** A type base URI, 422 for validation, one configured member. */
	static final MappingSettings SAMPLE = builder().build();

	/**
	 * A builder of the sample app's settings, to add to.
	 * @return the builder
	 */
	static MappingSettings.Builder builder() {
		return MappingSettings.builder()
			.typeBaseUri(URI.create("https://problems.example.com/"))
			.extensions(Map.of("service", "problem-details-sample"));
	}

	/**
	 * The sample app's messages, read as Spring Boot reads an application's {@code messages.properties}.
	 * @return the message source
	 */
	static MessageSource sampleMessages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("sample-messages");
		messages.setDefaultEncoding("UTF-8");
		return messages;
	}

	private BenchmarkSettings() {
	}

}

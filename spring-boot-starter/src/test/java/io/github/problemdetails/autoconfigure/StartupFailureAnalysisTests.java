package io.github.problemdetails.autoconfigure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.ApplicationContextFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.servlet.AnnotationConfigServletWebApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * What Spring Boot's own failure analyzers print when an application starts with a
 * configuration mistake in its YAML: the key, the file and line it is written on, and the
 * fix.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureAnalysisTests {

	private static final String MISTAKES = "problem-details-test/mistakes/";

	@Test
	void readmeYamlStarts() {
		try (ConfigurableApplicationContext context = application()
			.run("--spring.config.location=classpath:problem-details-test/readme-mapping.yml")) {
			assertThat(context.getBean(ProblemDetailsProperties.class).getExceptions()).hasSize(2);
		}
	}

	@Test
	void unbracketedClassNameShowsTheQuotedBracketedForm(CapturedOutput output) {
		failToStart("unbracketed-class-name.yml");
		assertThat(output).contains("Invalid value '504' for configuration property "
				+ "'problem-details.exceptions.java.util.concurrent.TimeoutException.status' (originating from "
				+ "'class path resource [" + MISTAKES + "unbracketed-class-name.yml] - 4:15').")
			.contains("In YAML write the key in brackets and quotes, as \"[java.util.concurrent.TimeoutException]\":,")
			.contains("problem-details.exceptions[java.util.concurrent.TimeoutException].status");
	}

	@Test
	void readmeShowsTheYamlAndWhatSpringBootPrintsForIt(CapturedOutput output) throws IOException {
		String readme = Files.readString(Path.of("..", "README.md"));
		String example = readme.substring(readme.indexOf("For example, this mapping without brackets"));
		assertThat(block(example, "yaml")).isEqualTo(new ClassPathResource(MISTAKES + "unbracketed-class-name.yml")
			.getContentAsString(StandardCharsets.UTF_8));
		failToStart("unbracketed-class-name.yml");
		block(example, "text").lines()
			.filter((line) -> !line.isBlank())
			.forEach((line) -> assertThat(output)
				.contains(line.replace("[application.yml]", "[" + MISTAKES + "unbracketed-class-name.yml]")));
	}

	@Test
	void unquotedBracketsShowTheQuotedForm(CapturedOutput output) {
		failToStart("unquoted-brackets.yml");
		assertThat(output).contains("Invalid value '504' for configuration property "
				+ "'problem-details.exceptions[[java.util.concurrent.TimeoutException]].status' (originating from "
				+ "'class path resource [" + MISTAKES + "unquoted-brackets.yml] - 4:15').")
			.contains("Write the key as \"[java.util.concurrent.TimeoutException]\": with the quotes.");
	}

	@Test
	void misspelledKeysInsideAMappingAreNamedWithTheirLines(CapturedOutput output) {
		failToStart("misspelled-mapping-keys.yml");
		assertThat(output).contains("Property: problem-details.exceptions[java.util.concurrent.TimeoutException].staus")
			.contains("Origin: class path resource [" + MISTAKES + "misspelled-mapping-keys.yml] - 4:14")
			.contains("Property: problem-details.exceptions[java.util.concurrent.TimeoutException].tittle")
			.contains("Origin: class path resource [" + MISTAKES + "misspelled-mapping-keys.yml] - 5:15");
	}

	@Test
	void misspelledKeyUnderThePrefixIsNamedWithItsLine(CapturedOutput output) {
		failToStart("misspelled-prefix-key.yml");
		assertThat(output).contains("Property: problem-details.exception[java.util.concurrent.TimeoutException].status")
			.contains("Origin: class path resource [" + MISTAKES + "misspelled-prefix-key.yml] - 4:15");
	}

	@Test
	void mappingTitleWithoutTypeBaseUriNamesTheTypeBaseUri(CapturedOutput output) {
		failToStart("title-without-type-base-uri.yml");
		assertThat(output).contains("Invalid value 'Upstream timed out' for configuration property "
				+ "'problem-details.exceptions[java.util.concurrent.TimeoutException].title' (originating from "
				+ "'class path resource [" + MISTAKES + "title-without-type-base-uri.yml] - 5:14').")
			.contains("Set problem-details.type-base-uri, give the mapping an absolute type URI, or remove the title.");
	}

	@Test
	void integrationValueIsNamedWithItsLineAndFix(CapturedOutput output) {
		failToStart("client-connection-failure-status.yml");
		assertThat(output).contains("Invalid value '504' for configuration property "
				+ "'problem-details.client.connection-failure-status' (originating from 'class path resource ["
				+ MISTAKES + "client-connection-failure-status.yml] - 3:32').")
			.contains("Must be 502 or 503.");
	}

	private static String block(String markdown, String language) {
		int start = markdown.indexOf("```" + language + "\n") + language.length() + 4;
		return markdown.substring(start, markdown.indexOf("```", start));
	}

	private static void failToStart(String yaml) {
		assertThatException()
			.isThrownBy(() -> application().run("--spring.config.location=classpath:" + MISTAKES + yaml).close());
	}

	private static SpringApplication application() {
		SpringApplication application = new SpringApplication(MistakenApplication.class);
		// A servlet web application without a server: the configuration fails long before one would start.
		application.setApplicationContextFactory(
				ApplicationContextFactory.ofContextClass(AnnotationConfigServletWebApplicationContext.class));
		application.setBannerMode(Banner.Mode.OFF);
		return application;
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ ProblemDetailsAutoConfiguration.class, ProblemDetailsRestClientAutoConfiguration.class,
			JacksonAutoConfiguration.class })
	static class MistakenApplication {

	}

}

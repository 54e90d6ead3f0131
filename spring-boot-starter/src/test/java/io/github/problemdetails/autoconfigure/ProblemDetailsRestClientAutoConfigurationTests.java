package io.github.problemdetails.autoconfigure;

import java.net.ConnectException;
import java.net.URI;

import io.github.problemdetails.client.ProblemDetailsRestClientCustomizer;
import io.github.problemdetails.client.ProblemDetailsRestTemplateCustomizer;
import io.github.problemdetails.client.UpstreamProblemException;
import io.github.problemdetails.core.Problem;
import io.github.problemdetails.internal.client.UpstreamExceptionRules;
import io.github.problemdetails.internal.client.UpstreamProblemReader;
import io.github.problemdetails.internal.mapping.MappedProblem;
import io.github.problemdetails.internal.mapping.ProblemMapper;
import io.github.problemdetails.mapping.ProblemRequest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientException;

import static io.github.problemdetails.autoconfigure.StartupFailures.invalidValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ProblemDetailsRestClientAutoConfiguration}.
 */
class ProblemDetailsRestClientAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ProblemDetailsAutoConfiguration.class,
				ProblemDetailsRestClientAutoConfiguration.class, JacksonAutoConfiguration.class));

	@Test
	void providesUpstreamRulesInAServletWebApplication() {
		this.runner.run((context) -> assertThat(context).hasSingleBean(UpstreamExceptionRules.class)
			.hasBean("problemDetailsUpstreamRules"));
	}

	@Test
	void backsOffWhenUserDefinesRules() {
		this.runner.withUserConfiguration(UserRulesConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(UpstreamExceptionRules.class);
			assertThat(context).hasBean("customRules").doesNotHaveBean("problemDetailsUpstreamRules");
		});
	}

	@Test
	void isOffWhenProblemDetailsAreDisabled() {
		this.runner.withPropertyValues("problem-details.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(UpstreamExceptionRules.class));
	}

	@Test
	void isOffWhenClientIntegrationIsDisabled() {
		this.runner.withPropertyValues("problem-details.client.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(UpstreamExceptionRules.class));
	}

	@Test
	void isOffWithoutSpringWebClient() {
		this.runner.withClassLoader(new FilteredClassLoader(RestClientException.class))
			.run((context) -> assertThat(context).doesNotHaveBean(UpstreamExceptionRules.class));
	}

	@Test
	void isOffOutsideWebApplications() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ProblemDetailsRestClientAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(UpstreamExceptionRules.class));
	}

	@Test
	void passesConnectionFailureStatusAndExposure() {
		this.runner
			.withPropertyValues("problem-details.client.connection-failure-status=503",
					"problem-details.client.expose-upstream=true")
			.run((context) -> {
				ProblemMapper mapper = context.getBean(ProblemMapper.class);
				MappedProblem mapped = mapper.map(new ResourceAccessException(
						"I/O error on GET request for \"http://inventory.internal:8081/stock\": refused",
						new ConnectException()), ProblemRequest.of("/quotes", null));
				assertThat(mapped.status()).isEqualTo(503);
				assertThat(mapped.problem().detail()).contains("inventory.internal:8081");
			});
	}

	@Test
	void failsOnConnectionFailureStatusOtherThan502Or503() {
		this.runner.withPropertyValues("problem-details.client.connection-failure-status=504")
			.run((context) -> assertThat(invalidValue(context).getName())
				.isEqualTo("problem-details.client.connection-failure-status"));
	}

	@Test
	void customizesBootsBuildersWhenSpringBootRestClientIsPresent() {
		this.runner.run((context) -> assertThat(context).hasSingleBean(ProblemDetailsRestClientCustomizer.class)
			.hasSingleBean(ProblemDetailsRestTemplateCustomizer.class)
			.hasSingleBean(UpstreamProblemReader.class)
			.getBean(UpstreamProblemReader.class)
			.extracting(UpstreamProblemReader::maxBytes)
			.isEqualTo(64 * 1024));
	}

	@Test
	void doesNotCustomizeBuildersWithoutSpringBootRestClient() {
		this.runner.withClassLoader(new FilteredClassLoader(RestClientCustomizer.class))
			.run((context) -> assertThat(context).hasSingleBean(UpstreamExceptionRules.class)
				.doesNotHaveBean(ProblemDetailsRestClientCustomizer.class)
				.doesNotHaveBean(ProblemDetailsRestTemplateCustomizer.class));
	}

	@Test
	void passesConfiguredUpstreamStatusesThrough() {
		this.runner.withPropertyValues("problem-details.client.passthrough-statuses=409,422",
				"problem-details.client.max-problem-size=8KB")
			.run((context) -> {
				assertThat(context.getBean(UpstreamProblemReader.class).maxBytes()).isEqualTo(8 * 1024);
				ProblemMapper mapper = context.getBean(ProblemMapper.class);
				assertThat(mapper.map(upstreamProblem(409), ProblemRequest.of("/reservations", null)).status())
					.isEqualTo(409);
				assertThat(mapper.map(upstreamProblem(404), ProblemRequest.of("/reservations", null)).status())
					.isEqualTo(502);
			});
	}

	@Test
	void failsOnPassthroughStatusThatIsNoClientError() {
		this.runner.withPropertyValues("problem-details.client.passthrough-statuses=409,503")
			.run((context) -> assertThat(invalidValue(context).getName())
				.isEqualTo("problem-details.client.passthrough-statuses"));
	}

	@Test
	void failsOnMaxProblemSizeOutOfRange() {
		for (String size : new String[] { "0B", "2MB" }) {
			this.runner.withPropertyValues("problem-details.client.max-problem-size=" + size)
				.run((context) -> assertThat(invalidValue(context).getName())
					.isEqualTo("problem-details.client.max-problem-size"));
		}
	}

	private static UpstreamProblemException upstreamProblem(int status) {
		Problem problem = Problem.builder()
			.status(status)
			.type(URI.create("https://inventory.example.com/problems/conflict"))
			.title("Conflict")
			.build();
		return new UpstreamProblemException(problem, null, HttpStatusCode.valueOf(status), "", HttpHeaders.EMPTY,
				new byte[0], null, null);
	}

	@Configuration(proxyBeanMethods = false)
	static class UserRulesConfiguration {

		@Bean
		UpstreamExceptionRules customRules() {
			return new UpstreamExceptionRules(503, true);
		}

	}

}

package io.github.problemdetails.autoconfigure;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import io.github.problemdetails.core.Problem;
import io.github.problemdetails.core.exception.NotFoundException;
import io.github.problemdetails.internal.json.ProblemJsonWriter;
import io.github.problemdetails.internal.logging.ProblemLogger;
import io.github.problemdetails.internal.mapping.MappingSettings;
import io.github.problemdetails.internal.mapping.ProblemMapper;
import io.github.problemdetails.internal.trace.TraceIdFilter;
import io.github.problemdetails.internal.trace.TraceIdResolver;
import io.github.problemdetails.internal.webmvc.ProblemDetailCompletionAdvice;
import io.github.problemdetails.internal.webmvc.ProblemErrorController;
import io.github.problemdetails.internal.webmvc.ProblemErrorReportValveCustomizer;
import io.github.problemdetails.internal.webmvc.ProblemFilter;
import io.github.problemdetails.internal.webmvc.ProblemHandlerExceptionResolver;
import io.github.problemdetails.internal.webmvc.ProblemResponseWriter;
import io.github.problemdetails.mapping.ProblemRequest;
import jakarta.servlet.DispatcherType;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.web.servlet.DispatcherServlet;

import static io.github.problemdetails.autoconfigure.StartupFailures.invalidValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ProblemDetailsAutoConfiguration}.
 */
class ProblemDetailsAutoConfigurationTests {

	private static final AutoConfigurations ERROR_MVC = AutoConfigurations.of(DispatcherServletAutoConfiguration.class,
			ErrorMvcAutoConfiguration.class);

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(ProblemDetailsAutoConfiguration.class, JacksonAutoConfiguration.class));

	@Test
	void providesEveryPieceInAServletWebApplication() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(ProblemMapper.class)
				.hasSingleBean(TraceIdResolver.class)
				.hasSingleBean(ProblemJsonWriter.class)
				.hasSingleBean(ProblemLogger.class)
				.hasSingleBean(ProblemResponseWriter.class)
				.hasSingleBean(ProblemDetailCompletionAdvice.class)
				.hasBean("problemDetailsCompletionAdvice")
				.hasSingleBean(ProblemHandlerExceptionResolver.class)
				.doesNotHaveBean("problemDetailsExceptionHandler");
			FilterRegistrationBean<?> registration = context.getBean("problemDetailsTraceIdFilter",
					FilterRegistrationBean.class);
			assertThat(registration.getFilter()).isInstanceOf(TraceIdFilter.class);
			assertThat(registration.getOrder()).isEqualTo(TraceIdFilter.ORDER);
		});
	}

	@Test
	void backsOffWhenUserDefinesMapper() {
		this.runner.withUserConfiguration(UserMapperConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(ProblemMapper.class);
			assertThat(context.getBean(ProblemMapper.class)).isSameAs(context.getBean("customMapper"));
			assertThat(context).hasSingleBean(ProblemDetailCompletionAdvice.class);
		});
	}

	@Test
	void backsOffWhenUserDefinesAdvice() {
		this.runner.withUserConfiguration(UserAdviceConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(ProblemDetailCompletionAdvice.class);
			assertThat(context).hasBean("customAdvice").doesNotHaveBean("problemDetailsCompletionAdvice");
		});
	}

	@Test
	void backsOffWhenUserRegistersTraceIdFilter() {
		this.runner.withUserConfiguration(UserFilterConfiguration.class).run((context) -> {
			assertThat(context).hasBean("customFilter").doesNotHaveBean("problemDetailsTraceIdFilter");
		});
	}

	@Test
	void takesOverSpringBootsErrorEndpoint() {
		this.runner.withConfiguration(ERROR_MVC).run((context) -> {
			assertThat(context).hasSingleBean(ErrorController.class).hasSingleBean(ProblemErrorController.class)
				.doesNotHaveBean("basicErrorController")
				.hasSingleBean(ProblemErrorReportValveCustomizer.class);
			assertThat(context.getBean("problemDetailsFilter", FilterRegistrationBean.class).getFilter())
				.isInstanceOf(ProblemFilter.class);
		});
	}

	@Test
	void runsOneFilterOfItsOwnThatAlsoGivesTheTraceId() {
		this.runner.withConfiguration(ERROR_MVC).run((context) -> {
			FilterRegistrationBean<?> traceIds = context.getBean("problemDetailsTraceIdFilter",
					FilterRegistrationBean.class);
			FilterRegistrationBean<?> problems = context.getBean("problemDetailsFilter", FilterRegistrationBean.class);
			assertThat(traceIds.isEnabled()).isFalse();
			assertThat(problems.isEnabled()).isTrue();
			assertThat(problems.getOrder()).isEqualTo(TraceIdFilter.ORDER);
			assertThat(problems.determineDispatcherTypes()).containsExactlyInAnyOrder(DispatcherType.REQUEST,
					DispatcherType.ERROR, DispatcherType.ASYNC);
		});
	}

	@Test
	void keepsTheApplicationsTraceIdFilterBesideItsOwnProblemFilter() {
		this.runner.withConfiguration(ERROR_MVC).withUserConfiguration(UserFilterConfiguration.class).run((context) -> {
			assertThat(context.getBean("customFilter", FilterRegistrationBean.class).isEnabled()).isTrue();
			FilterRegistrationBean<?> problems = context.getBean("problemDetailsFilter", FilterRegistrationBean.class);
			assertThat(problems.getOrder()).isEqualTo(ProblemFilter.ORDER);
			assertThat(problems.determineDispatcherTypes()).containsExactly(DispatcherType.REQUEST);
		});
	}

	@Test
	void leavesTheErrorEndpointToSpringBootWhenDisabled() {
		this.runner.withConfiguration(ERROR_MVC)
			.withPropertyValues("problem-details.error-endpoint.enabled=false")
			.run((context) -> {
				assertThat(context).hasBean("basicErrorController")
					.doesNotHaveBean(ProblemErrorController.class)
					.doesNotHaveBean("problemDetailsFilter")
					.doesNotHaveBean(ProblemErrorReportValveCustomizer.class)
					.hasSingleBean(ProblemDetailCompletionAdvice.class);
				// Without the problem filter, the trace-ID filter gives every request its trace ID itself.
				assertThat(context.getBean("problemDetailsTraceIdFilter", FilterRegistrationBean.class).isEnabled())
					.isTrue();
			});
	}

	@Test
	void backsOffWhenUserDefinesErrorController() {
		this.runner.withConfiguration(ERROR_MVC)
			.withUserConfiguration(UserErrorControllerConfiguration.class)
			.run((context) -> assertThat(context).hasSingleBean(ErrorController.class)
				.hasBean("customErrorController")
				.doesNotHaveBean(ProblemErrorController.class));
	}

	@Test
	void isOffWhenDisabled() {
		this.runner.withPropertyValues("problem-details.enabled=false").run((context) -> {
			assertThat(context).doesNotHaveBean(ProblemMapper.class)
				.doesNotHaveBean(ProblemDetailCompletionAdvice.class)
				.doesNotHaveBean(ProblemDetailsProperties.class);
		});
	}

	@Test
	void isOffWithoutSpringMvc() {
		this.runner.withClassLoader(new FilteredClassLoader(DispatcherServlet.class))
			.run((context) -> assertThat(context).doesNotHaveBean(ProblemMapper.class));
	}

	@Test
	void isOffOutsideWebApplications() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ProblemDetailsAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(ProblemMapper.class));
	}

	@Test
	void isOffInReactiveWebApplications() {
		new ReactiveWebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ProblemDetailsAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(ProblemMapper.class));
	}

	@Test
	void buildsTheEngineSettingsOnceForEveryBeanThatNeedsThem() {
		this.runner
			.withPropertyValues("problem-details.type-base-uri=/problems/",
					"problem-details.exceptions[java.util.concurrent.TimeoutException].status=504")
			.run((context) -> {
				MappingSettings settings = context.getBean(MappingSettings.class);
				assertThat(context.getBean(ProblemMapper.class).settings()).isSameAs(settings);
				assertThat(settings.exceptionMappings()).containsOnlyKeys(TimeoutException.class);
				Problem problem = context.getBean(ProblemMapper.class)
					.map(new NotFoundException("order", 42), ProblemRequest.of("/orders/42", null))
					.problem();
				assertThat(problem.type()).hasToString("/problems/not-found");
			});
	}

	@Test
	void appliesTheTitleOfAMappingWithAnAbsoluteTypeWithoutTypeBaseUri() {
		this.runner.withPropertyValues(
				"problem-details.exceptions[java.lang.IllegalStateException].type=https://errors.example.com/state",
				"problem-details.exceptions[java.lang.IllegalStateException].title=State conflict")
			.run((context) -> {
				Problem problem = context.getBean(ProblemMapper.class)
					.map(new IllegalStateException("stale"), ProblemRequest.of("/orders/42", null))
					.problem();
				assertThat(problem.type()).hasToString("https://errors.example.com/state");
				assertThat(problem.title()).isEqualTo("State conflict");
			});
	}

	@Test
	void failsOnAMappingTitleWithoutTypeBaseUri() {
		this.runner.withPropertyValues("problem-details.exceptions[java.lang.IllegalStateException].status=409",
				"problem-details.exceptions[java.lang.IllegalStateException].title=State conflict")
			.run((context) -> {
				InvalidConfigurationPropertyValueException failure = invalidValue(context);
				assertThat(failure.getName())
					.isEqualTo("problem-details.exceptions[java.lang.IllegalStateException].title");
				assertThat(failure.getReason()).contains("problem-details.type-base-uri");
			});
	}

	@Test
	void backsOffWhenUserDefinesSettings() {
		this.runner.withBean("customSettings", MappingSettings.class, MappingSettings::defaults)
			.run((context) -> assertThat(context.getBean(ProblemMapper.class).settings())
				.isSameAs(context.getBean("customSettings")));
	}

	@Test
	void failsOnValidationStatusOtherThan400Or422() {
		this.runner.withPropertyValues("problem-details.validation-status=418").run((context) -> {
			InvalidConfigurationPropertyValueException failure = invalidValue(context);
			assertThat(failure.getName()).isEqualTo("problem-details.validation-status");
			assertThat(failure).hasMessage("Property problem-details.validation-status with value '418' is invalid: "
					+ "Must be 400 or 422. Set it to 422 (the contract's default) or 400.");
		});
	}

	@Test
	void failsOnRelativeTypeBaseUri() {
		this.runner.withPropertyValues("problem-details.type-base-uri=errors/")
			.run((context) -> assertThat(invalidValue(context).getName()).isEqualTo("problem-details.type-base-uri"));
	}

	@Test
	void failsOnNegativeRepeatWindow() {
		this.runner.withPropertyValues("problem-details.logging.repeat-window=-1s")
			.run((context) -> assertThat(invalidValue(context).getName())
				.isEqualTo("problem-details.logging.repeat-window"));
	}

	@Test
	void failsOnUnknownExceptionClassEvenWhenTheUserDefinesTheEngine() {
		this.runner.withUserConfiguration(UserMapperConfiguration.class)
			.withPropertyValues("problem-details.exceptions[com.example.NoSuchException].status=402")
			.run((context) -> assertThat(invalidValue(context).getName())
				.isEqualTo("problem-details.exceptions[com.example.NoSuchException]"));
	}

	@Test
	void failsOnUnbracketedClassNameShowingTheBracketedForm() {
		this.runner.withPropertyValues("problem-details.exceptions.java.util.concurrent.TimeoutException.status=504")
			.run((context) -> {
				InvalidConfigurationPropertyValueException failure = invalidValue(context);
				assertThat(failure.getName())
					.isEqualTo("problem-details.exceptions.java.util.concurrent.TimeoutException.status");
				assertThat(failure.getReason()).contains("\"[java.util.concurrent.TimeoutException]\":");
			});
	}

	@Test
	void failsOnUnknownKeyInsideAMapping() {
		this.runner.withPropertyValues("problem-details.exceptions[java.lang.IllegalStateException].staus=409")
			.run((context) -> assertThat(unknownKeys(context))
				.containsExactly("problem-details.exceptions[java.lang.IllegalStateException].staus"));
	}

	@Test
	void failsOnUnknownKeyUnderThePrefix() {
		this.runner.withPropertyValues("problem-details.exception[java.lang.IllegalStateException].status=409")
			.run((context) -> assertThat(unknownKeys(context))
				.containsExactly("problem-details.exception[java.lang.IllegalStateException].status"));
	}

	@Test
	void leavesTheSectionsOfIntegrationsThatAreNotActive() {
		this.runner.withPropertyValues("problem-details.security.challenge=Basic", "problem-details.data.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void failsOnUnknownLogLevel() {
		this.runner.withPropertyValues("problem-details.exceptions[java.lang.IllegalStateException].log-level=loud")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("LogLevel.loud");
				BindException failure = Stream
					.iterate(context.getStartupFailure(), Objects::nonNull, Throwable::getCause)
					.flatMap((cause) -> (cause instanceof BindException bind) ? Stream.of(bind) : Stream.empty())
					.findFirst()
					.orElseThrow();
				assertThat(failure.getProperty().getName())
					.hasToString("problem-details.exceptions[java.lang.IllegalStateException].log-level");
			});
	}

	private static List<String> unknownKeys(AssertableWebApplicationContext context) {
		assertThat(context).hasFailed();
		assertThat(context.getStartupFailure()).rootCause().isInstanceOf(UnboundConfigurationPropertiesException.class);
		return ((UnboundConfigurationPropertiesException) NestedExceptionUtils
			.getRootCause(context.getStartupFailure())).getUnboundProperties()
			.stream()
			.map((property) -> property.getName().toString())
			.toList();
	}

	@Configuration(proxyBeanMethods = false)
	static class UserMapperConfiguration {

		@Bean
		ProblemMapper customMapper() {
			return new ProblemMapper(MappingSettings.defaults());
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserAdviceConfiguration {

		@Bean
		ProblemDetailCompletionAdvice customAdvice(ProblemResponseWriter writer) {
			return new ProblemDetailCompletionAdvice(writer);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserErrorControllerConfiguration {

		@Bean
		ErrorController customErrorController() {
			return new ErrorController() {
			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserFilterConfiguration {

		@Bean
		FilterRegistrationBean<TraceIdFilter> customFilter() {
			return new FilterRegistrationBean<>(new TraceIdFilter(new TraceIdResolver(List.of()), null));
		}

	}

}

package io.github.problemdetails.autoconfigure;

import io.github.problemdetails.core.exception.UnauthenticatedException;
import io.github.problemdetails.internal.mapping.MappedProblem;
import io.github.problemdetails.internal.mapping.ProblemMapper;
import io.github.problemdetails.internal.security.MechanismChallenges;
import io.github.problemdetails.internal.security.ProblemAccessDeniedHandler;
import io.github.problemdetails.internal.security.ProblemAuthenticationEntryPoint;
import io.github.problemdetails.internal.security.ProblemDetailsHttpSecurityCustomizer;
import io.github.problemdetails.internal.security.SecurityExceptionRules;
import io.github.problemdetails.internal.webmvc.ProblemResponseWriter;
import io.github.problemdetails.mapping.ExceptionRuleSet;
import io.github.problemdetails.mapping.ProblemRequest;
import io.github.problemdetails.security.ProblemDetailsExceptionHandlingCustomizer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.util.ReflectionTestUtils;

import static io.github.problemdetails.autoconfigure.StartupFailures.invalidValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ProblemDetailsSecurityAutoConfiguration}.
 */
class ProblemDetailsSecurityAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ProblemDetailsAutoConfiguration.class,
				ProblemDetailsSecurityAutoConfiguration.class, JacksonAutoConfiguration.class));

	@Test
	void providesEveryPieceInAServletWebApplication() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(SecurityExceptionRules.class)
				.hasSingleBean(ProblemAuthenticationEntryPoint.class)
				.hasSingleBean(ProblemAccessDeniedHandler.class)
				.hasSingleBean(ProblemDetailsExceptionHandlingCustomizer.class)
				.hasSingleBean(ProblemDetailsHttpSecurityCustomizer.class)
				.hasSingleBean(MechanismChallenges.class)
				.doesNotHaveBean(SecurityFilterChain.class);
			assertThat(context.getBeansOfType(ExceptionRuleSet.class)).containsKey(
					"problemDetailsSecurityExceptionRules");
		});
	}

	@Test
	void engineAnswersSecurityExceptionsWithTheConfiguredChallenge() {
		this.runner.withPropertyValues("problem-details.security.challenge=Basic realm=\"orders\"").run((context) -> {
			ProblemMapper mapper = context.getBean(ProblemMapper.class);
			MappedProblem mapped = mapper.map(new BadCredentialsException("no"), ProblemRequest.of("/orders", null));
			assertThat(mapped.status()).isEqualTo(401);
			assertThat(mapped.headers().getFirst("WWW-Authenticate")).isEqualTo("Basic realm=\"orders\"");
		});
	}

	@Test
	void engineAnswersWithBearerWhenNoChallengeIsConfigured() {
		this.runner.run((context) -> {
			ProblemMapper mapper = context.getBean(ProblemMapper.class);
			ProblemRequest request = ProblemRequest.of("/orders", null);
			assertThat(mapper.map(new BadCredentialsException("no"), request).headers().getFirst("WWW-Authenticate"))
				.isEqualTo("Bearer");
			assertThat(mapper.map(new UnauthenticatedException("Sign in."), request).headers()
				.getFirst("WWW-Authenticate")).isEqualTo("Bearer");
		});
	}

	@Test
	void typedUnauthenticatedProblemWithoutChallengeGetsTheConfiguredOne() {
		this.runner.withPropertyValues("problem-details.security.challenge=Basic realm=\"orders\"").run((context) -> {
			ProblemMapper mapper = context.getBean(ProblemMapper.class);
			ProblemRequest request = ProblemRequest.of("/orders", null);
			assertThat(mapper.map(new UnauthenticatedException("Sign in."), request).headers()
				.getFirst("WWW-Authenticate")).isEqualTo("Basic realm=\"orders\"");
			assertThat(mapper.map(new UnauthenticatedException("Sign in.", "Bearer realm=\"api\""), request)
				.headers()
				.getFirst("WWW-Authenticate")).isEqualTo("Bearer realm=\"api\"");
		});
	}

	@Test
	void backsOffWhenUserDefinesEntryPoint() {
		this.runner.withUserConfiguration(UserEntryPointConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(ProblemAuthenticationEntryPoint.class)
				.hasBean("customEntryPoint")
				.doesNotHaveBean("problemDetailsAuthenticationEntryPoint")
				.hasSingleBean(ProblemDetailsHttpSecurityCustomizer.class);
			// The chains are completed with the user's entry point, not one of the starter's own.
			assertThat(ReflectionTestUtils.getField(context.getBean(ProblemDetailsHttpSecurityCustomizer.class),
					"entryPoint")).isSameAs(context.getBean("customEntryPoint"));
		});
	}

	@Test
	void backsOffWhenUserDefinesRules() {
		this.runner.withUserConfiguration(UserRulesConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(SecurityExceptionRules.class)
				.hasBean("customRules")
				.doesNotHaveBean("problemDetailsSecurityExceptionRules");
		});
	}

	@Test
	void backsOffWhenUserDefinesCustomizers() {
		this.runner.withUserConfiguration(UserCustomizersConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(ProblemDetailsExceptionHandlingCustomizer.class)
				.hasSingleBean(ProblemDetailsHttpSecurityCustomizer.class)
				.hasBean("customExceptionHandling")
				.hasBean("customHttpSecurity");
		});
	}

	@Test
	void isOffWhenSecurityIntegrationDisabled() {
		this.runner.withPropertyValues("problem-details.security.enabled=false").run((context) -> {
			assertThat(context).hasSingleBean(ProblemResponseWriter.class)
				.doesNotHaveBean(SecurityExceptionRules.class)
				.doesNotHaveBean(ProblemAuthenticationEntryPoint.class)
				.doesNotHaveBean(ProblemDetailsExceptionHandlingCustomizer.class);
		});
	}

	@Test
	void isOffWhenProblemDetailsDisabled() {
		this.runner.withPropertyValues("problem-details.enabled=false").run((context) -> {
			assertThat(context).doesNotHaveBean(SecurityExceptionRules.class)
				.doesNotHaveBean(ProblemAuthenticationEntryPoint.class)
				.doesNotHaveBean(ProblemDetailsHttpSecurityCustomizer.class);
		});
	}

	@Test
	void isOffWithoutSpringSecurityWeb() {
		this.runner.withClassLoader(new FilteredClassLoader(SecurityFilterChain.class)).run((context) -> {
			assertThat(context).hasSingleBean(ProblemResponseWriter.class)
				.doesNotHaveBean(SecurityExceptionRules.class);
		});
	}

	@Test
	void isOffWithoutSpringSecurityConfig() {
		this.runner.withClassLoader(new FilteredClassLoader(HttpSecurity.class)).run((context) -> {
			assertThat(context).hasSingleBean(ProblemResponseWriter.class)
				.doesNotHaveBean(SecurityExceptionRules.class);
		});
	}

	@Test
	void isOffWithoutProblemResponseWriter() {
		new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ProblemDetailsSecurityAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(SecurityExceptionRules.class));
	}

	@Test
	void isOffInReactiveWebApplications() {
		new ReactiveWebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ProblemDetailsAutoConfiguration.class,
					ProblemDetailsSecurityAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(SecurityExceptionRules.class));
	}

	@Test
	void failsOnChallengeWithLineBreak() {
		this.runner.withPropertyValues("problem-details.security.challenge=Bearer\r\nSet-Cookie: a=b")
			.run((context) -> assertThat(invalidValue(context).getName())
				.isEqualTo("problem-details.security.challenge"));
	}

	@Test
	void failsOnBlankChallenge() {
		this.runner.withPropertyValues("problem-details.security.challenge= ")
			.run((context) -> assertThat(invalidValue(context).getName())
				.isEqualTo("problem-details.security.challenge"));
	}

	@Configuration(proxyBeanMethods = false)
	static class UserEntryPointConfiguration {

		@Bean
		ProblemAuthenticationEntryPoint customEntryPoint(ProblemResponseWriter writer) {
			return new ProblemAuthenticationEntryPoint(writer);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserRulesConfiguration {

		@Bean
		SecurityExceptionRules customRules() {
			return new SecurityExceptionRules("Bearer realm=\"custom\"");
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserCustomizersConfiguration {

		@Bean
		ProblemDetailsExceptionHandlingCustomizer customExceptionHandling(ProblemResponseWriter writer) {
			return new ProblemDetailsExceptionHandlingCustomizer(new ProblemAuthenticationEntryPoint(writer), true);
		}

		@Bean
		ProblemDetailsHttpSecurityCustomizer customHttpSecurity(ProblemResponseWriter writer,
				BeanFactory beanFactory) {
			return new ProblemDetailsHttpSecurityCustomizer(new ProblemAuthenticationEntryPoint(writer),
					new ProblemAccessDeniedHandler(writer), false, false, new MechanismChallenges(beanFactory));
		}

	}

}

package io.github.problemdetails.autoconfigure;

import io.github.problemdetails.internal.security.MechanismChallenges;
import io.github.problemdetails.internal.security.ProblemAccessDeniedHandler;
import io.github.problemdetails.internal.security.ProblemAuthenticationEntryPoint;
import io.github.problemdetails.internal.security.ProblemDetailsHttpSecurityCustomizer;
import io.github.problemdetails.internal.security.SecurityExceptionRules;
import io.github.problemdetails.internal.webmvc.ProblemErrorController;
import io.github.problemdetails.internal.webmvc.ProblemResponseWriter;
import io.github.problemdetails.security.ProblemDetailsExceptionHandlingCustomizer;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.error.ErrorPageRegistrar;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Auto-configuration that answers Spring Security's 401 and 403 with RFC 9457 problems, as the
 * application configured its security: the rules for its exceptions, the entry point and
 * access-denied handler that answer what no mechanism of a chain answers, and the customizers
 * that Spring Security applies to every {@code SecurityFilterChain}, Spring Boot's default one
 * and the application's own. The mechanisms' own answers (HTTP Basic's, an OAuth2 resource
 * server's) keep their status and challenge and get the contract's body from the error
 * endpoint and the completion of bodiless error responses; HTTP Basic's at once, without the
 * error dispatch, where no error page of the application could answer instead.
 *
 * <p>No ordering against Spring Boot's security auto-configurations is needed: the customizer
 * beans are looked up when a chain is built, after every bean definition is known, and none of
 * them is a {@code SecurityFilterChain} that would make Spring Boot's default chain back off.
 */
@AutoConfiguration(after = ProblemDetailsAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ SecurityFilterChain.class, HttpSecurity.class })
@ConditionalOnBooleanProperty(name = "problem-details.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "problem-details.security.enabled", matchIfMissing = true)
@ConditionalOnBean(ProblemResponseWriter.class)
@EnableConfigurationProperties(ProblemDetailsSecurityProperties.class)
public final class ProblemDetailsSecurityAutoConfiguration {

	// Registers the error endpoint, whose place the starter's takes, as the page for every error status; any
	// other registrar may send an error status to a page of the application's.
	private static final String BOOT_ERROR_PAGE_REGISTRAR = "org.springframework.boot.webmvc.autoconfigure.error."
			+ "ErrorMvcAutoConfiguration$ErrorPageCustomizer";

	@Bean
	@ConditionalOnMissingBean
	SecurityExceptionRules problemDetailsSecurityExceptionRules(ProblemDetailsSecurityProperties properties) {
		return new SecurityExceptionRules(properties.getChallenge());
	}

	@Bean
	@ConditionalOnMissingBean
	ProblemAuthenticationEntryPoint problemDetailsAuthenticationEntryPoint(ProblemResponseWriter writer) {
		return new ProblemAuthenticationEntryPoint(writer);
	}

	@Bean
	@ConditionalOnMissingBean
	ProblemAccessDeniedHandler problemDetailsAccessDeniedHandler(ProblemResponseWriter writer) {
		return new ProblemAccessDeniedHandler(writer);
	}

	// A configured challenge puts the starter's entry point in the place of the mechanisms' own.
	@Bean
	@ConditionalOnMissingBean
	ProblemDetailsExceptionHandlingCustomizer problemDetailsExceptionHandlingCustomizer(
			ProblemAuthenticationEntryPoint entryPoint, ProblemDetailsSecurityProperties properties) {
		return new ProblemDetailsExceptionHandlingCustomizer(entryPoint, properties.getChallenge() != null);
	}

	@Bean
	@ConditionalOnMissingBean
	MechanismChallenges problemDetailsMechanismChallenges(BeanFactory beanFactory) {
		return new MechanismChallenges(beanFactory);
	}

	@Bean
	@ConditionalOnMissingBean
	ProblemDetailsHttpSecurityCustomizer problemDetailsHttpSecurityCustomizer(
			ProblemAuthenticationEntryPoint entryPoint, ProblemAccessDeniedHandler accessDeniedHandler,
			ProblemDetailsSecurityProperties properties, ObjectProvider<ProblemErrorController> errorController,
			ObjectProvider<ErrorPageRegistrar> errorPageRegistrars, MechanismChallenges challenges) {
		return new ProblemDetailsHttpSecurityCustomizer(entryPoint, accessDeniedHandler,
				properties.getChallenge() != null,
				errorController.getIfUnique() != null && errorPageRegistrars.stream().allMatch(
						(registrar) -> registrar.getClass().getName().equals(BOOT_ERROR_PAGE_REGISTRAR)),
				challenges);
	}

}

package io.github.problemdetails.sample.floor;

import java.io.IOException;
import java.nio.file.Path;

import jakarta.servlet.Filter;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * The floor of the load harness ({@code benchmarks/load.sh}): the least that any starter can cost to answer the
 * harness's failures on Spring MVC, measured in the same run as the problem-details starter, on the same
 * controllers. Active with the {@code floor} profile only, which also turns the starter off
 * ({@code application-floor.yml}): a successful request runs nothing of the starter nor of the floor, and each
 * failure is answered at once with a body that the harness took from the starter's own answer in the same run,
 * so that both send as many bytes. Not an example to follow: it answers the harness's failures and no others.
 */
@Configuration(proxyBeanMethods = false)
@Profile("floor")
class FloorConfiguration {

	@Bean
	FloorAnswers floorAnswers(@Value("${sample.floor.bodies}") Path bodies) throws IOException {
		return FloorAnswers.read(bodies);
	}

	@Bean
	FloorExceptionResolver floorExceptionResolver(FloorAnswers answers) {
		return new FloorExceptionResolver(answers);
	}

	// Spring Security applies Customizer<HttpSecurity> beans before the application's own configuration, whose
	// httpBasic(Customizer.withDefaults()) then keeps this entry point.
	@Bean
	Customizer<HttpSecurity> floorAuthenticationEntryPoint(FloorAnswers answers) {
		return (http) -> http.httpBasic((basic) -> basic
			.authenticationEntryPoint((request, response, exception) -> answers.unauthenticated(response)));
	}

	// Only on the routes of the sample's TenantFilter, right in front of it: every other request passes no filter
	// of the floor.
	@Bean
	FilterRegistrationBean<Filter> floorTenantFailureFilter(FloorAnswers answers) {
		Filter filter = (request, response, chain) -> {
			try {
				chain.doFilter(request, response);
			}
			catch (ServletException | RuntimeException ex) {
				answers.answer(ex, (HttpServletRequest) request, (HttpServletResponse) response);
			}
		};
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns("/reports/*");
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
		return registration;
	}

}

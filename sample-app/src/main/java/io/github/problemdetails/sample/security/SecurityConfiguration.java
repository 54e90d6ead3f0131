package io.github.problemdetails.sample.security;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what: HTTP Basic, no session, and the 401 and 403 answers left to the problem-details starter,
 * which applies its entry point and access-denied handler to this chain by itself.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@SecurityScheme(name = SecurityConfiguration.BASIC_AUTH, type = SecuritySchemeType.HTTP, scheme = "basic")
class SecurityConfiguration {

	/** Name of the HTTP Basic scheme in the OpenAPI document. */
	static final String BASIC_AUTH = "basic";

	@Bean
	SecurityFilterChain apiSecurityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/account").authenticated()
			.requestMatchers("/admin/**").hasRole("ADMIN")
			.requestMatchers(HttpMethod.PUT, "/users/*").authenticated()
			.requestMatchers(HttpMethod.PATCH, "/users/*").authenticated()
			// DELETE /users/{id} is decided by @PreAuthorize on the operation: 401 when anonymous, 403 for a USER.
			.requestMatchers(HttpMethod.DELETE, "/users/*").permitAll()
			.requestMatchers(HttpMethod.GET, "/users", "/users/**").permitAll()
			.requestMatchers(HttpMethod.POST, "/users").permitAll()
			.requestMatchers("/ok", "/quotes", "/orders/**", "/reports/**", "/inventory/**").permitAll()
			// The OpenAPI document and the problem type catalogue are public documentation.
			.requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/problems/", "/problems/*").permitAll()
			// Unknown routes, wrong methods and the error dispatch answer 404, 405 or the error for anyone: every
			// route that needs a login is listed above.
			.anyRequest().permitAll())
			.httpBasic(Customizer.withDefaults())
			// A stateless API authenticated on every request: no session to ride, so no CSRF token to check.
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(AbstractHttpConfigurer::disable);
		return http.build();
	}

}

package io.github.problemdetails.sample.security;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what: {@code GET /me} with a bearer token (an OAuth2 resource server), everything else with HTTP
 * Basic, no session. Nothing here mentions the problem-details starter: HTTP Basic and the resource server answer
 * with their own challenges, and the starter gives their answers the contract's body.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@SecurityScheme(name = SecurityConfiguration.BASIC_AUTH, type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(name = SecurityConfiguration.BEARER_AUTH, type = SecuritySchemeType.HTTP, scheme = "bearer",
		bearerFormat = "JWT")
class SecurityConfiguration {

	/** Name of the HTTP Basic scheme in the OpenAPI document. */
	static final String BASIC_AUTH = "basic";

	/** Name of the bearer token scheme in the OpenAPI document. */
	static final String BEARER_AUTH = "bearer";

	/** Realm of HTTP Basic, in its challenge. */
	static final String REALM = "sample";

	@Bean
	@Order(1)
	SecurityFilterChain tokenSecurityFilterChain(HttpSecurity http) {
		http.securityMatcher("/me")
			.authorizeHttpRequests((requests) -> requests.anyRequest()
				.hasAuthority("SCOPE_" + TokenController.ACCOUNT_SCOPE))
			.oauth2ResourceServer((resourceServer) -> resourceServer.jwt(Customizer.withDefaults()))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(AbstractHttpConfigurer::disable);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain apiSecurityFilterChain(HttpSecurity http) {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/account", "/token").authenticated()
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
			.httpBasic((basic) -> basic.realmName(REALM))
			// A stateless API authenticated on every request: no session to ride, so no CSRF token to check.
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(AbstractHttpConfigurer::disable);
		return http.build();
	}

}

package com.example.library.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

/**
 * The library's security, as it was before the starter: the members' API under {@code /api/} is
 * an OAuth2 resource server taking JWTs, the staff pages under {@code /staff/} sign in with HTTP
 * Basic and are guarded by method security, with an access-denied handler of the library's own
 * that audits every denial; everything else is public.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class LibrarySecurityConfiguration {

	/** Realm of the staff's HTTP Basic sign-in. */
	public static final String STAFF_REALM = "library staff";

	@Bean
	@Order(1)
	SecurityFilterChain memberApi(HttpSecurity http) {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/api/loans/**")
				.hasAuthority("SCOPE_loans")
				.anyRequest()
				.authenticated())
			.oauth2ResourceServer((resourceServer) -> resourceServer.jwt(Customizer.withDefaults()))
			.csrf(AbstractHttpConfigurer::disable);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain staffPages(HttpSecurity http, StaffAccessAudit audit) {
		AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
		// Who may do what is decided by @PreAuthorize on the staff controllers.
		http.securityMatcher("/staff/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.httpBasic((basic) -> basic.realmName(STAFF_REALM))
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler((request, response, denied) -> {
				audit.denied(request.getRequestURI());
				forbidden.handle(request, response, denied);
			}))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(AbstractHttpConfigurer::disable);
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain everythingElse(HttpSecurity http) {
		http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf(AbstractHttpConfigurer::disable);
		return http.build();
	}

	@Bean
	InMemoryUserDetailsManager staff() {
		return new InMemoryUserDetailsManager(
				User.withUsername("lena").password("{noop}lena-secret").roles("LIBRARIAN").build(),
				User.withUsername("milo").password("{noop}milo-secret").roles("VOLUNTEER").build());
	}

	@Bean
	StaffAccessAudit staffAccessAudit() {
		return new StaffAccessAudit();
	}

}

package io.github.problemdetails.internal.security;

import org.jspecify.annotations.Nullable;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.resource.OAuth2ResourceServerConfigurer;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.util.ClassUtils;

/**
 * What the security integration needs to know of a chain's OAuth2 resource server, in an application
 * that may not have Spring Security's resource server module: its configurer needs that module's classes.
 */
final class ResourceServers {

	private static final boolean PRESENT = ClassUtils.isPresent(
			"org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint",
			ResourceServers.class.getClassLoader());

	private ResourceServers() {
	}

	static boolean isConfigured(HttpSecurity http) {
		return PRESENT && Configurer.of(http) != null;
	}

	// Before the resource server initialises: it registers its entry point as a default of the chain then.
	static void replaceEntryPoint(HttpSecurity http, AuthenticationEntryPoint entryPoint) {
		if (PRESENT) {
			Configurer.replaceEntryPoint(http, entryPoint);
		}
	}

	// Loaded only when the resource server's classes are present.
	private static final class Configurer {

		@SuppressWarnings("unchecked")
		static @Nullable OAuth2ResourceServerConfigurer<HttpSecurity> of(HttpSecurity http) {
			return http.getConfigurer(OAuth2ResourceServerConfigurer.class);
		}

		static void replaceEntryPoint(HttpSecurity http, AuthenticationEntryPoint entryPoint) {
			OAuth2ResourceServerConfigurer<HttpSecurity> resourceServer = of(http);
			if (resourceServer != null) {
				resourceServer.authenticationEntryPoint(entryPoint);
			}
		}

	}

}

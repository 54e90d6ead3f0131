package io.github.problemdetails.sample.security;

import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The accounts of {@code sample.security.users}, held in memory.
 */
@Configuration(proxyBeanMethods = false)
class AccountsConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	InMemoryUserDetailsManager userDetailsService(SampleSecurityProperties properties, PasswordEncoder encoder) {
		if (properties.getUsers().isEmpty()) {
			throw new IllegalArgumentException("'sample.security.users' must name at least one account");
		}
		List<UserDetails> accounts = properties.getUsers()
			.entrySet()
			.stream()
			.map((entry) -> account(entry.getKey(), entry.getValue(), encoder))
			.toList();
		return new InMemoryUserDetailsManager(accounts);
	}

	// Encoded once at startup, so that the plain passwords of the configuration are not kept.
	private static UserDetails account(String name, SampleSecurityProperties.Account account, PasswordEncoder encoder) {
		if (account.getPassword().isBlank()) {
			throw new IllegalArgumentException("'sample.security.users." + name + ".password' must not be blank");
		}
		return User.withUsername(name)
			.password(encoder.encode(account.getPassword()))
			.roles(account.getRoles().toArray(String[]::new))
			.build();
	}

}

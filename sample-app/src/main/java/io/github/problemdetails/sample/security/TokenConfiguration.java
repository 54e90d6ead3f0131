package io.github.problemdetails.sample.security;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * The sample is its own token issuer: {@code POST /token} signs with a key generated at startup, and
 * {@code GET /me} checks tokens with it. A real service would name its issuer in
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} instead.
 */
@Configuration(proxyBeanMethods = false)
class TokenConfiguration {

	private final KeyPair keyPair = generateKeyPair();

	@Bean
	JwtEncoder jwtEncoder() {
		return NimbusJwtEncoder
			.withKeyPair((RSAPublicKey) this.keyPair.getPublic(), (RSAPrivateKey) this.keyPair.getPrivate())
			.build();
	}

	@Bean
	JwtDecoder jwtDecoder() {
		return NimbusJwtDecoder.withPublicKey((RSAPublicKey) this.keyPair.getPublic()).build();
	}

	private static KeyPair generateKeyPair() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("The JDK offers no RSA key pair generator", ex);
		}
	}

}

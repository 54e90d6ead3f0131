package com.example.library.security;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The key that members' tokens are signed with, generated when the service starts; a deployed
 * service would name its issuer in {@code spring.security.oauth2.resourceserver.jwt.*} instead.
 */
@Configuration(proxyBeanMethods = false)
public class MemberTokenKeys {

	private final KeyPair keyPair = generate();

	@Bean
	JwtDecoder memberTokenDecoder() {
		return NimbusJwtDecoder.withPublicKey((RSAPublicKey) this.keyPair.getPublic()).build();
	}

	/**
	 * Return the key pair, with which the issuer signs tokens.
	 * @return the key pair
	 */
	public KeyPair keyPair() {
		return this.keyPair;
	}

	/**
	 * Generate an RSA key pair for signing tokens.
	 * @return a new key pair
	 */
	public static KeyPair generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

package io.github.problemdetails.sample;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import static io.github.problemdetails.sample.SampleHttp.ALICE;
import static io.github.problemdetails.sample.SampleHttp.ALICE_PASSWORD;
import static io.github.problemdetails.sample.SampleHttp.CHALLENGE;
import static io.github.problemdetails.sample.SampleHttp.basic;
import static io.github.problemdetails.sample.SampleHttp.json;
import static io.github.problemdetails.test.ProblemAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's JWT-secured endpoint: {@code POST /token} issues a token with HTTP Basic, {@code GET /me}
 * takes it as an OAuth2 resource server, whose 401 and 403 carry RFC 6750's challenges.
 */
class SampleApplicationTokenIntegrationTests extends AbstractSampleIntegrationTests {

	@Autowired
	private JwtEncoder encoder;

	@Test
	void tokenOfPostTokenOpensMe() throws Exception {
		HttpResponse<String> issued = this.http.send(this.http.request("/token")
			.header("Authorization", basic(ALICE, ALICE_PASSWORD))
			.POST(BodyPublishers.noBody()));
		assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
		JsonNode token = json(issued);
		assertThat(token.get("token_type").asString()).isEqualTo("Bearer");
		assertThat(token.get("scope").asString()).isEqualTo("account");

		HttpResponse<String> me = me("Bearer " + token.get("access_token").asString());

		assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
		assertThat(json(me).get("name").asString()).isEqualTo(ALICE);
		assertThat(json(me).get("roles").get(0).asString()).isEqualTo("USER");
	}

	@Test
	void anonymousTokenRequestAnswers401WithBasicChallenge() throws Exception {
		HttpResponse<String> response = this.http.send(this.http.request("/token").POST(BodyPublishers.noBody()));

		assertThat(response).hasChallenge(CHALLENGE);
		assertSampleProblem(response, 401, "unauthenticated", "/token");
	}

	@Test
	void meWithoutTokenAnswers401WithBearerChallengeWithoutError() throws Exception {
		HttpResponse<String> response = this.http.get("/me");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().allValues("WWW-Authenticate")).singleElement()
			.satisfies((challenge) -> assertThat(challenge).startsWith("Bearer").doesNotContain("error="));
	}

	@ParameterizedTest
	@ValueSource(strings = { "expired", "foreign-key", "malformed" })
	void meWithRejectedTokenAnswers401WithInvalidTokenChallenge(String kind) throws Exception {
		HttpResponse<String> response = me("Bearer " + rejectedToken(kind));

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().allValues("WWW-Authenticate")).singleElement()
			.satisfies((challenge) -> assertThat(challenge).startsWith("Bearer error=\"invalid_token\""));
	}

	@Test
	void meWithTokenWithoutTheScopeAnswers403WithInsufficientScopeChallenge() throws Exception {
		HttpResponse<String> response = me("Bearer " + token(this.encoder, Instant.now().plusSeconds(300), "orders"));

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().allValues("WWW-Authenticate")).singleElement()
			.satisfies((challenge) -> assertThat(challenge).startsWith("Bearer error=\"insufficient_scope\""));
	}

	@Test
	void resourceServerAnswersCarryTheContractsBody() throws Exception {
		assertSampleProblem(this.http.get("/me"), 401, "unauthenticated", "/me");
		assertSampleProblem(me("Bearer " + rejectedToken("expired")), 401, "unauthenticated", "/me");
		assertSampleProblem(me("Bearer " + token(this.encoder, Instant.now().plusSeconds(300), "orders")), 403, "forbidden",
				"/me");
	}

	private HttpResponse<String> me(String authorization) throws Exception {
		return this.http.send(this.http.request("/me").header("Authorization", authorization));
	}

	private String rejectedToken(String kind) throws Exception {
		return switch (kind) {
			case "expired" -> token(this.encoder, Instant.now().minus(Duration.ofMinutes(5)), "account");
			case "foreign-key" -> token(foreignEncoder(), Instant.now().plusSeconds(300), "account");
			default -> "not-a-token";
		};
	}

	private static JwtEncoder foreignEncoder() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		var keyPair = generator.generateKeyPair();
		return NimbusJwtEncoder
			.withKeyPair((RSAPublicKey) keyPair.getPublic(), (RSAPrivateKey) keyPair.getPrivate())
			.build();
	}

	private static String token(JwtEncoder encoder, Instant expiresAt, String scope) {
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.subject(ALICE)
			.issuedAt(expiresAt.minus(Duration.ofMinutes(10)))
			.expiresAt(expiresAt)
			.claim("scope", List.of(scope))
			.claim("roles", List.of("USER"))
			.build();
		return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
			.getTokenValue();
	}

}

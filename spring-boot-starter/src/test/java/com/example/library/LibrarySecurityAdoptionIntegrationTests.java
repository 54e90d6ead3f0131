package com.example.library;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.example.library.security.LibrarySecurityConfiguration;
import com.example.library.security.MemberTokenKeys;
import com.example.library.security.StaffAccessAudit;
import io.github.problemdetails.testsupport.ErrorDispatches;
import io.github.problemdetails.testsupport.RealHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import static io.github.problemdetails.testsupport.RealHttp.assertChallenge;
import static io.github.problemdetails.testsupport.RealHttp.assertProblem;
import static io.github.problemdetails.testsupport.RealHttp.basic;
import static io.github.problemdetails.testsupport.RealHttp.withoutTraceId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The library's security after the starter was added, over HTTP: each mechanism answers as the
 * library configured it (HTTP Basic with the staff's realm, the resource server with RFC 6750's
 * Bearer challenges, the library's own access-denied handler), and the answers are problems.
 */
@SpringBootTest(classes = { LibraryApplication.class, ErrorDispatches.class },
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class LibrarySecurityAdoptionIntegrationTests {

	private static final String STAFF_CHALLENGE = "Basic realm=\"" + LibrarySecurityConfiguration.STAFF_REALM
			+ "\", charset=\"UTF-8\"";

	private static final String LIBRARIAN = basic("lena", "lena-secret");

	private static final String AUTHORIZATION = "Authorization";

	private final RealHttp http;

	private final MemberTokenKeys keys;

	private final StaffAccessAudit audit;

	private final ErrorDispatches errorDispatches;

	LibrarySecurityAdoptionIntegrationTests(@LocalServerPort int port, @Autowired MemberTokenKeys keys,
			@Autowired StaffAccessAudit audit, @Autowired ErrorDispatches errorDispatches) {
		this.http = new RealHttp(port);
		this.keys = keys;
		this.audit = audit;
		this.errorDispatches = errorDispatches;
	}

	@Test
	void anonymousStaffRequestAnswers401WithTheStaffRealm() throws Exception {
		assertProblem(this.http.get("/staff/overdue"), 401, "/staff/overdue", STAFF_CHALLENGE);
	}

	// HTTP Basic sends its error, and the starter answers it at once: the request is not run a second time.
	@Test
	void anonymousStaffRequestIsAnsweredWithoutAnErrorDispatch() throws Exception {
		int before = this.errorDispatches.paths().size();
		assertProblem(this.http.get("/staff/overdue"), 401, "/staff/overdue", STAFF_CHALLENGE);
		assertThat(this.errorDispatches.paths().subList(before, this.errorDispatches.paths().size())).isEmpty();
	}

	// A browser's request still goes to the error endpoint, where an application's HTML error views answer it.
	@Test
	void anonymousBrowserRequestGoesThroughTheErrorDispatch() throws Exception {
		int before = this.errorDispatches.paths().size();
		assertChallenge(this.http.get("/staff/overdue", "Accept", "text/html"), 401, STAFF_CHALLENGE);
		assertThat(this.errorDispatches.paths().subList(before, this.errorDispatches.paths().size()))
			.containsExactly("/staff/overdue");
	}

	@ParameterizedTest
	@ValueSource(strings = { "application/problem+json", "text/html", "*/*" })
	void anonymousStaffRequestGetsHttpBasicsChallengeWhateverItAccepts(String accept) throws Exception {
		assertChallenge(this.http.get("/staff/overdue", "Accept", accept), 401, STAFF_CHALLENGE);
	}

	@Test
	void wrongPasswordAndUnknownUserAnswerTheSame401() throws Exception {
		HttpResponse<String> wrongPassword = this.http.get("/staff/overdue", AUTHORIZATION, basic("lena", "x"));
		HttpResponse<String> unknownUser = this.http.get("/staff/overdue", AUTHORIZATION,
				basic("mallory", "lena-secret"));
		assertProblem(wrongPassword, 401, "/staff/overdue");
		assertProblem(unknownUser, 401, "/staff/overdue");
		assertThat(wrongPassword.headers().allValues("WWW-Authenticate")).containsExactly(STAFF_CHALLENGE);
		assertThat(withoutTraceId(unknownUser.body())).isEqualTo(withoutTraceId(wrongPassword.body()));
	}

	@Test
	void librarianIsServed() throws Exception {
		HttpResponse<String> response = this.http.get("/staff/overdue", AUTHORIZATION, LIBRARIAN);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("[\"9780141439518\"]");
	}

	@Test
	void volunteerIsDeniedThroughTheLibrarysOwnAccessDeniedHandler() throws Exception {
		HttpResponse<String> response = this.http.get("/staff/overdue", AUTHORIZATION, basic("milo", "milo-secret"));
		assertProblem(response, 403, "/staff/overdue");
		assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
		assertThat(this.audit.deniedPaths()).contains("/staff/overdue");
	}

	@Test
	void unauthenticatedExceptionOfAStaffPageUsesTheStaffRealm() throws Exception {
		HttpResponse<String> response = this.http.send(this.http.request("/staff/members/7/suspension")
			.header(AUTHORIZATION, LIBRARIAN)
			.POST(HttpRequest.BodyPublishers.noBody()));
		assertProblem(response, 401, "/staff/members/7/suspension")
			.hasDetail("Confirm the suspension with the desk's PIN.");
		assertThat(response.headers().allValues("WWW-Authenticate")).containsExactly(STAFF_CHALLENGE);
	}

	@Test
	void memberWithTokenIsServed() throws Exception {
		HttpResponse<String> response = this.http.get("/api/me", AUTHORIZATION, memberToken("loans"));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"member\":\"m-42\"}");
	}

	@Test
	void requestWithoutTokenAnswers401WithBearerChallengeWithoutError() throws Exception {
		HttpResponse<String> response = this.http.get("/api/me");
		assertChallenge(response, 401, "Bearer");
		assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow()).doesNotContain("error=");
	}

	@ParameterizedTest
	@ValueSource(strings = { "expired", "foreign-key", "malformed" })
	void rejectedTokenAnswers401WithInvalidTokenChallenge(String kind) throws Exception {
		assertChallenge(this.http.get("/api/me", AUTHORIZATION, rejectedToken(kind)), 401,
				"Bearer error=\"invalid_token\"");
	}

	@Test
	void tokenWithoutTheScopeAnswers403WithInsufficientScopeChallenge() throws Exception {
		assertChallenge(this.http.get("/api/loans", AUTHORIZATION, memberToken("profile")), 403,
				"Bearer error=\"insufficient_scope\"");
	}

	@Test
	void unauthenticatedExceptionOfTheApiUsesBearer() throws Exception {
		String serviceToken = token(this.keys.keyPair(), Instant.now().plusSeconds(300), "loans", null);
		HttpResponse<String> response = this.http.get("/api/me", AUTHORIZATION, serviceToken);
		assertProblem(response, 401, "/api/me").hasDetail("The token names no member.");
		assertThat(response.headers().allValues("WWW-Authenticate")).containsExactly("Bearer");
	}

	@Test
	void resourceServerAnswersCarryTheContractsBody() throws Exception {
		assertProblem(this.http.get("/api/me"), 401, "/api/me");
		assertProblem(this.http.get("/api/me", AUTHORIZATION, rejectedToken("expired")), 401, "/api/me");
		assertProblem(this.http.get("/api/loans", AUTHORIZATION, memberToken("profile")), 403, "/api/loans");
	}

	private String memberToken(String scope) {
		return token(this.keys.keyPair(), Instant.now().plusSeconds(300), scope, "m-42");
	}

	private String rejectedToken(String kind) {
		return switch (kind) {
			case "expired" -> token(this.keys.keyPair(), Instant.now().minus(Duration.ofMinutes(5)), "loans", "m-42");
			case "foreign-key" -> token(MemberTokenKeys.generate(), Instant.now().plusSeconds(300), "loans", "m-42");
			default -> "Bearer not-a-token";
		};
	}

	// The Authorization header of a token signed with the given key.
	private static String token(KeyPair keyPair, Instant expiresAt, String scope, String member) {
		JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
			.issuer("https://issuer.library.example")
			.subject("reader")
			.issuedAt(expiresAt.minus(Duration.ofMinutes(10)))
			.expiresAt(expiresAt)
			.claim("scope", List.of(scope));
		if (member != null) {
			claims.claim("member_id", member);
		}
		NimbusJwtEncoder encoder = NimbusJwtEncoder
			.withKeyPair((RSAPublicKey) keyPair.getPublic(), (RSAPrivateKey) keyPair.getPrivate())
			.build();
		return "Bearer " + encoder
			.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims.build()))
			.getTokenValue();
	}

}

package io.github.problemdetails.internal.webmvc;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import io.github.problemdetails.core.FieldViolation;
import io.github.problemdetails.core.exception.BadGatewayException;
import io.github.problemdetails.core.exception.BadRequestException;
import io.github.problemdetails.core.exception.ConflictException;
import io.github.problemdetails.core.exception.ForbiddenException;
import io.github.problemdetails.core.exception.GatewayTimeoutException;
import io.github.problemdetails.core.exception.GoneException;
import io.github.problemdetails.core.exception.NotFoundException;
import io.github.problemdetails.core.exception.NotImplementedException;
import io.github.problemdetails.core.exception.PayloadTooLargeException;
import io.github.problemdetails.core.exception.PreconditionFailedException;
import io.github.problemdetails.core.exception.PreconditionRequiredException;
import io.github.problemdetails.core.exception.ProblemException;
import io.github.problemdetails.core.exception.RateLimitedException;
import io.github.problemdetails.core.exception.ServiceUnavailableException;
import io.github.problemdetails.core.exception.UnauthenticatedException;
import io.github.problemdetails.core.exception.ValidationException;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import static io.github.problemdetails.test.ProblemAssertions.assertThat;

/**
 * Our typed exceptions, thrown from a controller, answered over MockMvc.
 */
@WebMvcTest(properties = "problem-details.type-base-uri=https://errors.example.com/problems/")
class TypedProblemTests {

	private static final String SECRET = "db-host-17 refused user admin";

	private static final List<String> MANY_MEMBERS = List.of("zulu", "yankee", "xray", "whiskey", "victor", "uniform",
			"tango", "sierra");

	@Autowired
	private MockMvcTester mvc;

	static Stream<Arguments> typedExceptions() {
		return Stream.of(Arguments.of("bad-request", 400, "Bad request"),
				Arguments.of("unauthenticated", 401, "Authentication required"),
				Arguments.of("forbidden", 403, "Access denied"), Arguments.of("not-found", 404, "Resource not found"),
				Arguments.of("conflict", 409, "Conflict"), Arguments.of("duplicate", 409, "Duplicate value"),
				Arguments.of("gone", 410, "Resource gone"),
				Arguments.of("precondition-failed", 412, "Precondition failed"),
				Arguments.of("precondition-required", 428, "Precondition required"),
				Arguments.of("payload-too-large", 413, "Payload too large"),
				Arguments.of("validation-failed", 422, "Validation failed"),
				Arguments.of("rate-limited", 429, "Too many requests"),
				Arguments.of("not-implemented", 501, "Not implemented"), Arguments.of("bad-gateway", 502, "Bad gateway"),
				Arguments.of("service-unavailable", 503, "Service unavailable"),
				Arguments.of("gateway-timeout", 504, "Gateway timeout"));
	}

	@ParameterizedTest(name = "{0} answers {1}")
	@MethodSource("typedExceptions")
	void typedExceptionAnswersItsStatusTypeAndTitle(String kind, int status, String title) {
		assertThat(get("/typed/" + kind)).doesNotLeak(SECRET)
			.isProblem()
			.hasStatus(status)
			.hasType("https://errors.example.com/problems/" + kind)
			.hasTitle(title)
			.hasDetail()
			.hasInstance("/typed/" + kind)
			.hasTraceId();
	}

	@Test
	void clientErrorShowsTheExceptionDetail() {
		assertThat(get("/typed/not-found")).doesNotLeak()
			.isProblem()
			.hasStatus(404)
			.hasDetail("No order with id '42' exists.")
			.hasInstance("/typed/not-found")
			.hasTraceId();
	}

	@Test
	void serverErrorHidesTheExceptionMessage() {
		assertThat(get("/typed/bad-gateway")).doesNotLeak(SECRET)
			.isProblem()
			.hasStatus(502)
			.hasDetail("An upstream service failed to answer properly.")
			.hasInstance("/typed/bad-gateway")
			.hasTraceId();
	}

	@Test
	void unauthenticatedAnswersWithChallenge() {
		assertThat(get("/typed/unauthenticated")).hasChallenge("Bearer")
			.doesNotLeak()
			.isProblem()
			.hasStatus(401)
			.hasDetail()
			.hasInstance("/typed/unauthenticated")
			.hasTraceId();
	}

	@Test
	void rateLimitedAnswersRetryAfterInSeconds() {
		assertThat(get("/typed/rate-limited")).hasRetryAfter(30)
			.doesNotLeak()
			.isProblem()
			.hasStatus(429)
			.hasDetail()
			.hasInstance("/typed/rate-limited")
			.hasTraceId();
	}

	@Test
	void serviceUnavailableAnswersRetryAfterWhenKnown() {
		assertThat(get("/typed/service-unavailable")).hasRetryAfter(120)
			.doesNotLeak(SECRET)
			.isProblem()
			.hasStatus(503)
			.hasDetail()
			.hasInstance("/typed/service-unavailable")
			.hasTraceId();
	}

	@Test
	void domainValidationAnswers422WithFieldErrors() {
		assertThat(get("/typed/validation-failed")).doesNotLeak()
			.isProblem()
			.hasStatus(422)
			.hasDetail()
			.hasInstance("/typed/validation-failed")
			.hasTraceId()
			.hasFieldErrors(FieldViolation.ofField("items[0].quantity", "must be greater than 0", "Positive"));
	}

	@Test
	void codeAndExtensionMembersAppearAtTopLevel() {
		assertThat(get("/typed/duplicate")).doesNotLeak()
			.isProblem()
			.hasStatus(409)
			.hasCode("USER_EMAIL_TAKEN")
			.hasMember("field", "email")
			.hasDetail("A user with this email already exists.")
			.hasInstance("/typed/duplicate")
			.hasTraceId();
	}

	@Test
	void domainSubclassKeepsItsParentsMapping() {
		assertThat(get("/typed/order-not-found")).doesNotLeak()
			.isProblem()
			.hasStatus(404)
			.hasType("https://errors.example.com/problems/not-found")
			.hasCode("ORDER_NOT_FOUND")
			.hasDetail()
			.hasInstance("/typed/order-not-found")
			.hasTraceId();
	}

	@Test
	void absoluteTypeUriIsKeptAsIs() {
		assertThat(get("/typed/card-declined")).doesNotLeak()
			.isProblem()
			.hasStatus(402)
			.hasType("https://payments.example.com/card-declined")
			.hasTitle("Card declined")
			.hasDetail()
			.hasInstance("/typed/card-declined")
			.hasTraceId();
	}

	@Test
	void anExceptionsMembersReachTheBodyInTheOrderItAddedThem() throws Exception {
		String body = get("/typed/many-members").getResponse().getContentAsString();
		List<Integer> positions = MANY_MEMBERS.stream().map((name) -> body.indexOf('"' + name + "\":")).toList();
		Assertions.assertThat(positions).doesNotContain(-1).isSorted();
	}

	private MvcTestResult get(String path) {
		return this.mvc.get().uri(path).exchange();
	}

	static class OrderNotFoundException extends NotFoundException {

		OrderNotFoundException(long id) {
			super("order", id);
			withCode("ORDER_NOT_FOUND");
		}

	}

	@RestController
	static class TypedController {

		@GetMapping("/typed/{kind}")
		String fail(@PathVariable String kind) {
			throw switch (kind) {
				case "bad-request" -> new BadRequestException("The 'from' date is after the 'to' date.");
				case "unauthenticated" -> new UnauthenticatedException("A bearer token is required.");
				case "forbidden" -> new ForbiddenException("Only owners may close an account.");
				case "not-found" -> new NotFoundException("order", 42);
				case "conflict" -> new ConflictException("The order is already shipped.");
				case "duplicate" -> ConflictException.duplicate("user", "email")
					.withCode("USER_EMAIL_TAKEN")
					.withExtension("field", "email");
				case "gone" -> new GoneException("order", 7);
				case "precondition-failed" -> new PreconditionFailedException("The order has changed.");
				case "precondition-required" -> new PreconditionRequiredException("Send If-Match with the ETag.");
				case "payload-too-large" -> new PayloadTooLargeException("At most 10 items per order.");
				case "validation-failed" -> new ValidationException(List
					.of(FieldViolation.ofField("items[0].quantity", "must be greater than 0", "Positive")));
				case "rate-limited" -> new RateLimitedException(Duration.ofSeconds(30));
				case "not-implemented" -> new NotImplementedException(SECRET);
				case "bad-gateway" -> new BadGatewayException(SECRET);
				case "service-unavailable" -> new ServiceUnavailableException(SECRET, Duration.ofMinutes(2));
				case "gateway-timeout" -> new GatewayTimeoutException(SECRET);
				case "order-not-found" -> new OrderNotFoundException(42);
				case "many-members" -> {
					NotFoundException exception = new NotFoundException("order", 42);
					MANY_MEMBERS.forEach((name) -> exception.withExtension(name, name.length()));
					yield exception;
				}
				case "card-declined" -> new ProblemException(402, "https://payments.example.com/card-declined",
						"Card declined", "The card was declined.");
				default -> new IllegalArgumentException(kind);
			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Import(TypedController.class)
	static class Config {

	}

}

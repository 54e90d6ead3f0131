package io.github.problemdetails.internal.mapping;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import io.github.problemdetails.core.FieldViolation;
import io.github.problemdetails.core.Problem;
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
import io.github.problemdetails.core.exception.RateLimitedException;
import io.github.problemdetails.core.exception.ServiceUnavailableException;
import io.github.problemdetails.core.exception.UnauthenticatedException;
import io.github.problemdetails.core.exception.ValidationException;
import io.github.problemdetails.mapping.ProblemRequest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ProblemKind}: every kind in the registry is what the engine answers, with
 * the registry's status, type and title.
 */
class ProblemKindTests {

	private static final URI BASE = URI.create("https://problems.example.com/");

	private static final ProblemRequest REQUEST = ProblemRequest.of("/orders/7", "4bf92f3577b34da6a3ce929d0e0e4736");

	@ParameterizedTest
	@EnumSource(ProblemKind.class)
	void aFailureOfEachKindCarriesTheKindsTypeAndTitleUnderATypeBaseUri(ProblemKind kind) {
		Problem problem = map(failureOf(kind), BASE, 422);
		assertThat(problem.status()).isEqualTo(kind.status());
		assertThat(problem.type()).isEqualTo(BASE.resolve(kind.slug()));
		assertThat(problem.title()).isEqualTo(kind.title());
	}

	// RFC 9457 §4.2.1: an about:blank problem's title is the status's reason phrase.
	@ParameterizedTest
	@EnumSource(ProblemKind.class)
	void aFailureOfEachKindIsAboutBlankWithTheReasonPhraseWithoutATypeBaseUri(ProblemKind kind) {
		Problem problem = map(failureOf(kind), null, 422);
		assertThat(problem.status()).isEqualTo(kind.status());
		assertThat(problem.type()).isEqualTo(Problem.BLANK_TYPE);
		assertThat(problem.title()).isEqualTo(HttpStatus.valueOf(kind.status()).getReasonPhrase());
	}

	@ParameterizedTest
	@ValueSource(ints = { 400, 422 })
	void validationFailuresAreOfTheValidationKindAtTheConfiguredStatus(int validationStatus) {
		BindException bindException = new BindException(new Object(), "user");
		bindException.addError(new FieldError("user", "email", "must be a well-formed email address"));
		for (Throwable failure : List.of(failureOf(ProblemKind.VALIDATION_FAILED), bindException)) {
			Problem problem = map(failure, BASE, validationStatus);
			assertThat(problem.status()).isEqualTo(validationStatus);
			assertThat(problem.type()).isEqualTo(BASE.resolve(ProblemKind.VALIDATION_FAILED.slug()));
			assertThat(problem.title()).isEqualTo(ProblemKind.VALIDATION_FAILED.title());
			Problem blank = map(failure, null, validationStatus);
			assertThat(blank.status()).isEqualTo(validationStatus);
			assertThat(blank.type()).isEqualTo(Problem.BLANK_TYPE);
			assertThat(blank.title()).isEqualTo(HttpStatus.valueOf(validationStatus).getReasonPhrase());
		}
	}

	@ParameterizedTest
	@EnumSource(ProblemKind.class)
	void aDraftOfEachKindWithoutDetailGetsTheKindsGenericDetail(ProblemKind kind) {
		Problem problem = mapper(BASE, 422).mapDraft(kind.draft(null), REQUEST).problem();
		assertThat(problem.status()).isEqualTo(kind.status());
		assertThat(problem.type()).isEqualTo(BASE.resolve(kind.slug()));
		assertThat(problem.title()).isEqualTo(kind.title());
		assertThat(problem.detail()).isEqualTo(kind.detail());
	}

	@Test
	void aStatusAloneIsAnsweredAsTheKindOfTheStatus() {
		ProblemMapper mapper = mapper(BASE, 422);
		for (int status = 400; status <= 599; status++) {
			ProblemKind kind = ProblemKind.ofStatus(status);
			if (kind != null) {
				Problem problem = mapper.mapStatus(status, REQUEST).problem();
				assertThat(kind.status()).isEqualTo(status);
				assertThat(problem.type()).isEqualTo(BASE.resolve(kind.slug()));
				assertThat(problem.title()).isEqualTo(kind.title());
				assertThat(problem.detail()).isEqualTo(kind.detail());
			}
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			402 | payment-required       | Payment Required       | The request cannot be processed.
			418 | im-a-teapot            | I'm a teapot           | The request cannot be processed.
			499 | client-error           | Client Error           | The request cannot be processed.
			507 | insufficient-storage   | Insufficient Storage   | The server failed to process the request.
			599 | server-error           | Server Error           | The server failed to process the request.
			""")
	void aStatusWithoutAKindIsNamedAfterItsReasonPhrase(int status, String slug, String title, String detail) {
		assertThat(ProblemKind.ofStatus(status)).isNull();
		Problem problem = mapper(BASE, 422).mapStatus(status, REQUEST).problem();
		assertThat(problem.type()).isEqualTo(BASE.resolve(slug));
		assertThat(problem.title()).isEqualTo(title);
		assertThat(problem.detail()).isEqualTo(detail);
	}

	@Test
	void everyStatusHasAtMostOneKindOfItsOwnAndTheNarrowerKindsShareItsDetail() {
		for (ProblemKind kind : ProblemKind.values()) {
			ProblemKind ofStatus = ProblemKind.ofStatus(kind.status());
			assertThat(ofStatus).as(kind.name()).isNotNull();
			assertThat(kind.detail()).as(kind.name()).isEqualTo(ofStatus.detail());
			assertThat(kind == ofStatus).as(kind.name()).isEqualTo(kind.isOfItsStatus());
		}
		assertThat(Arrays.stream(ProblemKind.values()).filter(ProblemKind::isOfItsStatus).map(ProblemKind::status))
			.doesNotHaveDuplicates();
		assertThat(Arrays.stream(ProblemKind.values()).map(ProblemKind::slug)).doesNotHaveDuplicates();
	}

	@Test
	void aStatusOutsideTheErrorsHasNoKind() {
		assertThat(ProblemKind.ofStatus(399)).isNull();
		assertThat(ProblemKind.ofStatus(600)).isNull();
	}

	// Exhaustive: a kind added to the registry without a failure here does not compile.
	private static Throwable failureOf(ProblemKind kind) {
		return switch (kind) {
			case BAD_REQUEST -> new BadRequestException("The order has no lines.");
			case MALFORMED_BODY -> new HttpMessageNotReadableException("Unexpected end of input",
					new MockHttpInputMessage(new byte[0]));
			case MISSING_PARAMETER -> new MissingServletRequestParameterException("limit", "int");
			case INVALID_PARAMETER -> new TypeMismatchException("ten", Integer.class);
			case UNAUTHENTICATED -> new UnauthenticatedException("The token has expired.");
			case FORBIDDEN -> new ForbiddenException("Only admins may cancel orders.");
			case NOT_FOUND -> new NotFoundException("order", 7);
			case METHOD_NOT_ALLOWED -> new HttpRequestMethodNotSupportedException("DELETE", List.of("GET"));
			case NOT_ACCEPTABLE -> new HttpMediaTypeNotAcceptableException(List.of(MediaType.APPLICATION_JSON));
			case CONFLICT -> new ConflictException("The order is already shipped.");
			case DUPLICATE -> ConflictException.duplicate("user", "email");
			case GONE -> new GoneException("order", 7);
			case PRECONDITION_FAILED -> new PreconditionFailedException("The order has changed.");
			case PAYLOAD_TOO_LARGE -> new PayloadTooLargeException("The upload is too large.");
			case UNSUPPORTED_MEDIA_TYPE -> new HttpMediaTypeNotSupportedException(MediaType.TEXT_PLAIN,
					List.of(MediaType.APPLICATION_JSON), HttpMethod.POST);
			case VALIDATION_FAILED -> new ValidationException(
					List.of(FieldViolation.ofPointer("/email", "email", "must be a well-formed email address", "Email")));
			case PRECONDITION_REQUIRED -> new PreconditionRequiredException("Send If-Match.");
			case RATE_LIMITED -> new RateLimitedException(Duration.ofSeconds(30));
			case INTERNAL_ERROR -> new IllegalStateException("bug");
			case NOT_IMPLEMENTED -> new NotImplementedException("later");
			case BAD_GATEWAY -> new BadGatewayException("inventory answered 500");
			case SERVICE_UNAVAILABLE -> new ServiceUnavailableException("maintenance");
			case GATEWAY_TIMEOUT -> new GatewayTimeoutException("inventory timed out");
		};
	}

	private static Problem map(Throwable failure, @Nullable URI typeBaseUri, int validationStatus) {
		return mapper(typeBaseUri, validationStatus).map(failure, REQUEST).problem();
	}

	private static ProblemMapper mapper(@Nullable URI typeBaseUri, int validationStatus) {
		return new ProblemMapper(
				MappingSettings.builder().typeBaseUri(typeBaseUri).validationStatus(validationStatus).build());
	}

}

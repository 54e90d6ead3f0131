package io.github.problemdetails.sample.billing;

import java.util.Map;

import io.github.problemdetails.openapi.ProblemResponse;
import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * HTTP API of payments. A stand-in issuer declines every card that ends in 0002, the way
 * payment providers' test cards do.
 */
@RestController
class PaymentController {

	private static final String DECLINED_SUFFIX = "0002";

	// Mapped in application.yml only: the document shows its 402 with the configured type and code.
	@PostMapping("/payments")
	@ProblemResponse(CardDeclinedException.class)
	Map<String, Object> pay(@Valid @RequestBody PaymentRequest payment) {
		if (payment.cardNumber().endsWith(DECLINED_SUFFIX)) {
			// The message is for the log: the issuer's reason code is not for the client.
			throw new CardDeclinedException("issuer declined card ending " + DECLINED_SUFFIX + " with reason 51");
		}
		return Map.of("status", "captured", "amountCents", payment.amountCents());
	}

}

package io.github.problemdetails.sample.billing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

/**
 * A payment by card.
 *
 * @param cardNumber the card number, 12 to 19 digits
 * @param amountCents the amount in cents
 */
public record PaymentRequest(@NotBlank @Pattern(regexp = "[0-9]{12,19}") String cardNumber,
		@Positive long amountCents) {
}

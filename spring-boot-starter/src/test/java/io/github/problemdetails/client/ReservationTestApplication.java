package io.github.problemdetails.client;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.restclient.RestTemplateBuilder;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

/**
 * A service that reserves stock at the inventory upstream through Spring Boot's builders, and lets every
 * failure of the call escape its controller.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = {
		"org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration" })
@Import(ReservationTestApplication.ReservationController.class)
class ReservationTestApplication {

	@RestController
	static class ReservationController {

		private final RestClient inventory;

		private final RestTemplate legacyInventory;

		ReservationController(RestClient.Builder builder, RestTemplateBuilder templateBuilder,
				@Value("${inventory.base-url}") String baseUrl) {
			this.inventory = builder.baseUrl(baseUrl).build();
			this.legacyInventory = templateBuilder.rootUri(baseUrl).build();
		}

		@PostMapping("/reservations/{sku}")
		String reserve(@PathVariable String sku) {
			return this.inventory.post().uri("/items/{sku}/reservations", sku).retrieve().body(String.class);
		}

		@PostMapping("/legacy-reservations/{sku}")
		String legacyReserve(@PathVariable String sku) {
			return this.legacyInventory.postForObject("/items/{sku}/reservations", null, String.class, sku);
		}

	}

}

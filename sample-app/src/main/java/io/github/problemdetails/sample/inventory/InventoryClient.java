package io.github.problemdetails.sample.inventory;

import java.net.URI;
import java.net.http.HttpClient;

import io.github.problemdetails.core.exception.BadGatewayException;

import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Client of the inventory service. Its failures (an error status, an unusable body, a timeout, no connection)
 * propagate as {@link RestClientException}s, which the problem-details starter answers with 502 or 504; a problem
 * answer is an {@code UpstreamProblemException}, whose status may pass through as configured. The starter's
 * customizer of Boot's builder also sends the request's trace ID on as {@code traceparent}.
 */
@Component
public class InventoryClient {

	// Set by Spring Boot once the web server listens.
	private static final String LOCAL_PORT_PROPERTY = "local.server.port";

	private final RestClient restClient;

	private final InventoryProperties properties;

	private final Environment environment;

	InventoryClient(RestClient.Builder builder, InventoryProperties properties, Environment environment) {
		HttpClient httpClient = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(properties.getConnectTimeout())
			.build();
		JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(httpClient);
		requestFactory.setReadTimeout(properties.getReadTimeout());
		// The builder is Boot's prototype, with the customizers (the starter's among them) already applied.
		this.restClient = builder.requestFactory(requestFactory).build();
		this.properties = properties;
		this.environment = environment;
	}

	/**
	 * Ask the inventory service for the stock of an item.
	 * @param sku the stock-keeping unit
	 * @return its stock level
	 * @throws RestClientException when the inventory service fails or cannot be reached
	 * @throws BadGatewayException when it answers without a body
	 */
	public StockLevel stockLevel(String sku) {
		URI uri = UriComponentsBuilder.fromUri(baseUrl())
			.path("/inventory/items/{sku}")
			.buildAndExpand(sku)
			.encode()
			.toUri();
		StockLevel stock = this.restClient.get()
			.uri(uri)
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.body(StockLevel.class);
		if (stock == null) {
			throw new BadGatewayException("inventory service answered " + sku + " without a body");
		}
		return stock;
	}

	/**
	 * Ask the inventory service to reserve stock of an item.
	 * @param sku the stock-keeping unit
	 * @param quantity the number of units
	 * @return the reservation
	 * @throws io.github.problemdetails.client.UpstreamProblemException when the inventory service answers with a
	 * problem, such as a 409 when the item is sold out
	 * @throws RestClientException when it fails otherwise or cannot be reached
	 */
	public Reservation reserve(String sku, int quantity) {
		URI uri = UriComponentsBuilder.fromUri(baseUrl())
			.path("/inventory/items/{sku}/reservations")
			.queryParam("quantity", quantity)
			.buildAndExpand(sku)
			.encode()
			.toUri();
		Reservation reservation = this.restClient.post()
			.uri(uri)
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.body(Reservation.class);
		if (reservation == null) {
			throw new BadGatewayException("inventory service answered a reservation of " + sku + " without a body");
		}
		return reservation;
	}

	// Resolved per call, since this application's own port is known only after startup.
	private URI baseUrl() {
		URI configured = this.properties.getBaseUrl();
		if (configured != null) {
			return configured;
		}
		return URI.create("http://127.0.0.1:" + this.environment.getRequiredProperty(LOCAL_PORT_PROPERTY));
	}

}

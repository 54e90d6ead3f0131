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
 * propagate as {@link RestClientException}s, which the problem-details starter answers with 502 or 504.
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

	// Resolved per call, since this application's own port is known only after startup.
	private URI baseUrl() {
		URI configured = this.properties.getBaseUrl();
		if (configured != null) {
			return configured;
		}
		return URI.create("http://127.0.0.1:" + this.environment.getRequiredProperty(LOCAL_PORT_PROPERTY));
	}

}

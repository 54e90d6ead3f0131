package io.github.problemdetails.sample.inventory;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Connection to the inventory service, under the {@code sample.inventory} prefix.
 */
@ConfigurationProperties("sample.inventory")
public class InventoryProperties {

	/**
	 * Base URL of the inventory service, such as {@code http://inventory:8080}; when not set, this application
	 * itself on the port it listens on.
	 */
	private @Nullable URI baseUrl;

	/**
	 * Time allowed to open a connection to the inventory service.
	 */
	private Duration connectTimeout = Duration.ofSeconds(1);

	/**
	 * Time allowed for the inventory service to answer once the request is sent.
	 */
	private Duration readTimeout = Duration.ofSeconds(1);

	public @Nullable URI getBaseUrl() {
		return this.baseUrl;
	}

	public void setBaseUrl(@Nullable URI baseUrl) {
		this.baseUrl = baseUrl;
	}

	public Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public void setConnectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	public Duration getReadTimeout() {
		return this.readTimeout;
	}

	public void setReadTimeout(Duration readTimeout) {
		this.readTimeout = readTimeout;
	}

}

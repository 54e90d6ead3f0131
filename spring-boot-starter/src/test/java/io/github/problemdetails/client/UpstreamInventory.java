package io.github.problemdetails.client;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The inventory upstream, a second Spring Boot application on a random port of 127.0.0.1, started once per test
 * class.
 */
final class UpstreamInventory implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private UpstreamInventory(ConfigurableApplicationContext context) {
		this.context = context;
	}

	static UpstreamInventory start() {
		return new UpstreamInventory(new SpringApplicationBuilder(InventoryTestApplication.class)
			.properties("server.port=0", "server.address=127.0.0.1", "spring.application.name=inventory",
					"problem-details.type-base-uri=https://inventory.example.com/problems/",
					"problem-details.validation.include-rejected-values=true")
			.run());
	}

	String baseUrl() {
		return "http://127.0.0.1:" + ((WebServerApplicationContext) this.context).getWebServer().getPort();
	}

	@Override
	public void close() {
		this.context.close();
	}

}

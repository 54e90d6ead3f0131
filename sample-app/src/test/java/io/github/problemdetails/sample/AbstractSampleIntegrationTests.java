package io.github.problemdetails.sample;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every HTTP integration test of the sample shares: the whole service on a random port of 127.0.0.1 (the
 * test {@code application.properties}) and a client for it. A subclass adds its own properties with
 * {@code @TestPropertySource} or {@code @DynamicPropertySource}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
abstract class AbstractSampleIntegrationTests {

	SampleHttp http;

	// Injected, not set up before each test, so that a test instance per class has it in its @BeforeAll too.
	@Autowired
	void connect(@LocalServerPort int port) {
		this.http = new SampleHttp(port);
	}

}

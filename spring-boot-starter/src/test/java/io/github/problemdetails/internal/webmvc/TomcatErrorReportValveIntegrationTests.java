package io.github.problemdetails.internal.webmvc;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import io.github.problemdetails.testsupport.TestApplicationWithoutSecurity;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static io.github.problemdetails.test.ProblemAssertions.assertThatProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tomcat's host keeps one error report valve, the starter's, whether Spring Boot put a plain
 * one there (as it does unless stack traces may be included) or Tomcat would add its own when
 * the host starts; and that valve answers what Tomcat rejects.
 */
class TomcatErrorReportValveIntegrationTests {

	@ParameterizedTest(name = "include-stacktrace={0}")
	@ValueSource(strings = { "never", "always" })
	void hostKeepsTheStartersValveAloneAndItAnswersWhatTomcatRejects(String includeStacktrace) throws Exception {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TestApplication.class)
			.properties("server.address=127.0.0.1", "server.port=0",
					"spring.web.error.include-stacktrace=" + includeStacktrace)
			.run()) {
			TomcatWebServer server = (TomcatWebServer) ((ServletWebServerApplicationContext) context).getWebServer();
			Valve[] valves = server.getTomcat().getHost().getPipeline().getValves();
			assertThat(Arrays.stream(valves).filter(ErrorReportValve.class::isInstance))
				.singleElement()
				.isInstanceOf(ProblemErrorReportValve.class);
			assertUnknownTransferCodingIsAnsweredWithAProblem(server.getPort());
		}
	}

	private static void assertUnknownTransferCodingIsAnsweredWithAProblem(int port) throws Exception {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(5000);
			socket.getOutputStream()
				.write("GET /anything HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: zip\r\n\r\n"
					.getBytes(StandardCharsets.US_ASCII));
			String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(answer).startsWith("HTTP/1.1 501").contains("Content-Type: application/problem+json");
			assertThatProblem(answer.substring(answer.indexOf("\r\n\r\n") + 4)).doesNotLeak()
				.isProblem()
				.hasStatus(501);
		}
	}

	@TestApplicationWithoutSecurity
	static class TestApplication {

	}

}

package io.github.problemdetails.internal.webmvc;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Installs the {@link ProblemErrorReportValve} on Tomcat's host, where Tomcat reports the
 * requests it rejects.
 */
public class ProblemErrorReportValveCustomizer
		implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

	private final ProblemResponseWriter writer;

	/**
	 * Create the customizer.
	 * @param writer answers the rejected requests
	 */
	public ProblemErrorReportValveCustomizer(ProblemResponseWriter writer) {
		this.writer = writer;
	}

	// After Spring Boot's own customizer, which adds a plain ErrorReportValve: a valve added
	// later sits closer to the application and reports first.
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void customize(ConfigurableTomcatWebServerFactory factory) {
		factory.addContextCustomizers(
				(context) -> context.getParent().getPipeline().addValve(new ProblemErrorReportValve(this.writer)));
	}

}

package io.github.problemdetails.internal.webmvc;

import org.apache.catalina.Container;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Installs the {@link ProblemErrorReportValve} on Tomcat's host, where Tomcat reports the
 * requests it rejects, in place of the plain {@link ErrorReportValve} that Spring Boot or
 * Tomcat would put there. Tomcat lets one valve report an error, and the plain one never
 * reports where this one answers; kept beside it, it would only deepen every request's call
 * stack, and with it every logged stack trace, by a frame.
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

	// After Spring Boot's own customizer, whose plain ErrorReportValve is then in the host's pipeline to replace.
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void customize(ConfigurableTomcatWebServerFactory factory) {
		factory.addContextCustomizers((context) -> installOn(context.getParent()));
	}

	private void installOn(Container host) {
		Pipeline pipeline = host.getPipeline();
		for (Valve valve : pipeline.getValves()) {
			if (valve instanceof ProblemErrorReportValve) {
				return;
			}
			// Exactly Tomcat's class: a subclass is the application's own, which stays.
			if (valve.getClass() == ErrorReportValve.class) {
				pipeline.removeValve(valve);
			}
		}
		pipeline.addValve(new ProblemErrorReportValve(this.writer));
		// When it starts, a host adds a valve of this class unless it has one already: without this, Tomcat's own.
		if (host instanceof StandardHost standardHost
				&& ErrorReportValve.class.getName().equals(standardHost.getErrorReportValveClass())) {
			standardHost.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
		}
	}

}

package io.github.problemdetails.benchmarks;

import java.io.IOException;

import io.github.problemdetails.core.exception.NotFoundException;
import io.github.problemdetails.internal.trace.TraceIdFilter;
import io.github.problemdetails.internal.trace.TraceIdResolver;
import io.github.problemdetails.internal.webmvc.ProblemFilter;
import io.github.problemdetails.internal.webmvc.ProblemHandlerExceptionResolver;
import io.github.problemdetails.internal.webmvc.ProblemResponseWriter;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.method.HandlerMethod;

/**
 * The typed 404 of {@link ResponseWriteBenchmarks}, answered behind Spring Security's filter chain as the sample app
 * configures its API (HTTP Basic, stateless, every route open), on Tomcat's own request and response: the floor's
 * precomputed write and the starter's resolver each get the request and response through the chain's wrappers
 * (firewall, header writer, servlet API integration), as a controller's failure does in a service with Spring
 * Security. The chain with nothing behind it is what both share. Without Security's wrappers the same answers
 * differ by what {@link ResponseWriteBenchmarks#starterResolver} and {@link ResponseWriteBenchmarks#floorAnswer}
 * differ by, in the same run: the difference between the two differences is what the wrappers add to the starter's
 * calls on the request and response beyond the floor's. And a request that does not fail, answered with a body of
 * the sample's {@code GET /ok} size behind the chain, with and without the starter's one servlet filter in front of
 * it: beside {@link SuccessPathBenchmarks#starterFilter} over {@link SuccessPathBenchmarks#bareChain}, whether the
 * filter's response wrapper and trace ID make the chain itself dearer.
 */
public class SecurityChainBenchmarks extends BenchmarkDefaults {

	private static final String PROBLEM_JSON = "application/problem+json";

	private final NotFoundException notFound = new NotFoundException("order", 999);

	private final TomcatExchange exchange = new TomcatExchange("GET", "/orders/999");

	private final ProblemResponseWriter writer = ResponseWriteBenchmarks.sampleWriter();

	private final byte[] floorBody = ResponseWriteBenchmarks.floorBody(this.writer, this.notFound);

	private AnnotationConfigWebApplicationContext context;

	private Filter securityChain;

	private ProblemHandlerExceptionResolver resolver;

	private HandlerMethod handler;

	private final FilterChain nothing = (request, response) -> {
	};

	private final FilterChain floorAnswer = (request, response) -> {
		HttpServletResponse answer = (HttpServletResponse) response;
		answer.setStatus(404);
		answer.setContentType(PROBLEM_JSON);
		answer.setContentLength(this.floorBody.length);
		answer.getOutputStream().write(this.floorBody);
	};

	private final byte[] okBody = new byte[184];

	private final FilterChain ok = (request, response) -> {
		response.setContentType("application/json");
		response.setContentLength(this.okBody.length);
		response.getOutputStream().write(this.okBody);
	};

	private final FilterChain chainThenOk = (request, response) -> this.securityChain.doFilter(request, response,
			this.ok);

	private final ProblemFilter starterFilter = new ProblemFilter(this.writer,
			new TraceIdFilter(new TraceIdResolver("X-Request-Id"), "X-Trace-Id"));

	private final TomcatExchange okExchange = new TomcatExchange("GET", "/ok");

	private final FilterChain starterResolver = (request, response) -> this.resolver
		.resolveException((HttpServletRequest) request, (HttpServletResponse) response, this.handler, this.notFound);

	@Setup(Level.Trial)
	public void startSecurity() throws NoSuchMethodException {
		this.context = new AnnotationConfigWebApplicationContext();
		this.context.setServletContext(new MockServletContext());
		this.context.register(ApiSecurity.class);
		this.context.refresh();
		this.securityChain = this.context.getBean("springSecurityFilterChain", Filter.class);
		this.resolver = new ProblemHandlerExceptionResolver(this.writer, this.context);
		this.handler = new HandlerMethod(new ExceptionResolutionBenchmarks.OrderController(),
				ExceptionResolutionBenchmarks.OrderController.class.getDeclaredMethod("order", long.class));
	}

	@TearDown(Level.Trial)
	public void stopSecurity() {
		this.context.close();
	}

	@Benchmark
	public TomcatExchange chainAlone() throws IOException, ServletException {
		return through(this.nothing);
	}

	@Benchmark
	public TomcatExchange chainThenFloorAnswer() throws IOException, ServletException {
		return through(this.floorAnswer);
	}

	@Benchmark
	public TomcatExchange chainThenStarterResolver() throws IOException, ServletException {
		return through(this.starterResolver);
	}

	@Benchmark
	public TomcatExchange chainThenOk() throws IOException, ServletException {
		TomcatExchange exchange = this.okExchange.fresh();
		this.chainThenOk.doFilter(exchange.request(), exchange.response());
		return exchange;
	}

	@Benchmark
	public TomcatExchange starterFilterThenChainThenOk() throws IOException, ServletException {
		TomcatExchange exchange = this.okExchange.fresh();
		this.starterFilter.doFilter(exchange.request(), exchange.response(), this.chainThenOk);
		return exchange;
	}

	private TomcatExchange through(FilterChain application) throws IOException, ServletException {
		TomcatExchange answered = this.exchange.afterTraceIdFilter();
		this.securityChain.doFilter(answered.request(), answered.response(), application);
		return answered;
	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebSecurity
	static class ApiSecurity {

		@Bean
		SecurityFilterChain apiSecurityFilterChain(HttpSecurity http) {
			http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
				.httpBasic((basic) -> basic.realmName("sample"))
				.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.csrf(AbstractHttpConfigurer::disable);
			return http.build();
		}

	}

}

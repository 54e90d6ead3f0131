package io.github.problemdetails.benchmarks;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import io.github.problemdetails.internal.catalog.ProblemCatalog;
import io.github.problemdetails.internal.catalog.ProblemCatalogEndpoint;
import io.github.problemdetails.internal.catalog.ProblemExamples;
import io.github.problemdetails.internal.json.ProblemJsonWriter;
import io.github.problemdetails.internal.logging.ProblemLogger;
import io.github.problemdetails.internal.mapping.ProblemMapper;
import io.github.problemdetails.internal.trace.RequestTraceId;
import io.github.problemdetails.internal.trace.TraceIdFilter;
import io.github.problemdetails.internal.trace.TraceIdResolver;
import io.github.problemdetails.internal.web.ProblemBodyWriter;
import io.github.problemdetails.internal.web.ProblemResponder;
import io.github.problemdetails.internal.webmvc.ProblemErrorReportValve;
import io.github.problemdetails.internal.webmvc.ProblemFilter;
import io.github.problemdetails.internal.webmvc.ProblemResponseWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.catalina.valves.ValveBase;
import org.openjdk.jmh.annotations.Benchmark;
import org.slf4j.MDC;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.support.GenericApplicationContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * What the starter adds to a request that does not fail ({@code GET /ok} of the sample app), on Tomcat's own request
 * and response: its two filters (the trace-ID filter, with a generated ID, one from {@code traceparent} or the current
 * span's, which a tracer's scope has already put in the logging MDC, and the outer filter that answers failures of
 * later filters) against a bare filter chain; the error-report valve it puts on Tomcat's host, which every request
 * passes, against a bare valve, and behind Spring Boot's plain one, which the starter kept in front of its own until
 * it replaced it; and Spring MVC's lookup of the application's handler method with the problem type catalogue's
 * handler methods registered beside the application's controllers, against the same lookup without them: for
 * {@code /ok}, a path without variables that Spring MVC finds directly, and for {@code /orders/7}, which Spring MVC
 * matches against every mapping's pattern, the catalogue's included. The one filter and the bare chain are also
 * measured with the response's headers then sent as Tomcat sends them when it commits a response, since the trace-ID
 * header that the filter sets costs again there. Every benchmark recycles the exchange first, as {@link #bareChain}
 * does.
 */
public class SuccessPathBenchmarks extends BenchmarkDefaults {

	private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

	private static final String SPAN_TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

	private final TomcatExchange exchange = new TomcatExchange("GET", "/ok");

	private final ProblemMapper mapper = new ProblemMapper(BenchmarkSettings.SAMPLE);

	private final ProblemJsonWriter jsonWriter = new ProblemJsonWriter(JsonMapper.builder().build());

	private final ProblemResponseWriter writer = new ProblemResponseWriter(
			new ProblemResponder(this.mapper, new ProblemLogger(), null), new ProblemBodyWriter(this.jsonWriter, null),
			new TraceIdResolver("X-Request-Id"), "X-Trace-Id");

	private final TraceIdFilter traceIdFilter = new TraceIdFilter(new TraceIdResolver("X-Request-Id"), "X-Trace-Id");

	// With tracing: the ID is the current span's, which the tracer's scope already shows in the MDC.
	private final TraceIdFilter tracedTraceIdFilter = new TraceIdFilter(
			new TraceIdResolver(List.of(TraceIdResolver.TRACEPARENT, "X-Request-Id"), () -> SPAN_TRACE_ID),
			"X-Trace-Id");

	private final ProblemFilter problemFilter = new ProblemFilter(this.writer);

	// The application's servlet, which the benchmarks leave out: a successful request reaches it and returns.
	private final FilterChain servlet = (request, response) -> {
	};

	private final FilterChain traceIdFilterFirst = (request, response) -> this.traceIdFilter.doFilter(request,
			response, this.servlet);

	private final FilterChain tracedTraceIdFilterFirst = (request, response) -> this.tracedTraceIdFilter
		.doFilter(request, response, this.servlet);

	private final FilterChain problemFilterFirst = (request, response) -> this.problemFilter.doFilter(request,
			response, this.servlet);

	// Two filters, as the starter ran them before and still does beside an application's own trace-ID filter.
	private final FilterChain starterFiltersFirst = (request, response) -> this.traceIdFilter.doFilter(request,
			response, this.problemFilterFirst);

	// One filter, as the starter runs it: the problem filter does the trace-ID filter's work in its place.
	private final ProblemFilter problemFilterWithTraceIds = new ProblemFilter(this.writer, this.traceIdFilter);

	private final FilterChain problemFilterWithTraceIdsFirst = (request, response) -> this.problemFilterWithTraceIds
		.doFilter(request, response, this.servlet);

	private final Valve application = new ValveBase() {
		@Override
		public void invoke(Request request, Response response) {
		}
	};

	private final ProblemErrorReportValve errorReportValve = new ProblemErrorReportValve(this.writer);

	// Spring Boot's own valve, which the starter used to keep in front of its own.
	private final ErrorReportValve springBootsErrorReportValve = new ErrorReportValve();

	private final TomcatExchange patternExchange = new TomcatExchange("GET", "/orders/7");

	private final RequestMappingHandlerMapping controllers = applicationMapping();

	private final RequestMappingHandlerMapping controllersAndCatalog = applicationMapping();

	public SuccessPathBenchmarks() {
		this.errorReportValve.setNext(this.application);
		this.springBootsErrorReportValve.setShowReport(false);
		this.springBootsErrorReportValve.setShowServerInfo(false);
		this.springBootsErrorReportValve.setNext(this.errorReportValve);
		new ProblemCatalogEndpoint(new ProblemCatalog(new ProblemExamples(this.mapper, this.jsonWriter), Map.of(),
				List::of), "/problems/", this.controllersAndCatalog)
			.afterSingletonsInstantiated();
	}

	@Benchmark
	public TomcatExchange bareChain() throws IOException, ServletException {
		return through(this.servlet, this.exchange.fresh());
	}

	@Benchmark
	public TomcatExchange traceIdFilterGenerating() throws IOException, ServletException {
		return through(this.traceIdFilterFirst, this.exchange.fresh());
	}

	@Benchmark
	public TomcatExchange traceIdFilterFromTraceparent() throws IOException, ServletException {
		return through(this.traceIdFilterFirst, this.exchange.fresh().header("traceparent", TRACEPARENT));
	}

	@Benchmark
	public TomcatExchange traceIdFilterUnderTracerScope() throws IOException, ServletException {
		MDC.put(RequestTraceId.MDC_KEY, SPAN_TRACE_ID);
		try {
			return through(this.tracedTraceIdFilterFirst, this.exchange.fresh());
		}
		finally {
			MDC.remove(RequestTraceId.MDC_KEY);
		}
	}

	@Benchmark
	public TomcatExchange problemFilter() throws IOException, ServletException {
		return through(this.problemFilterFirst, this.exchange.fresh());
	}

	@Benchmark
	public TomcatExchange starterFilters() throws IOException, ServletException {
		return through(this.starterFiltersFirst, this.exchange.fresh());
	}

	@Benchmark
	public TomcatExchange starterFilter() throws IOException, ServletException {
		return through(this.problemFilterWithTraceIdsFirst, this.exchange.fresh());
	}

	@Benchmark
	public TomcatExchange bareChainAndHeadersSent() throws IOException, ServletException {
		return through(this.servlet, this.exchange.fresh()).sendHeaders();
	}

	@Benchmark
	public TomcatExchange starterFilterAndHeadersSent() throws IOException, ServletException {
		return through(this.problemFilterWithTraceIdsFirst, this.exchange.fresh()).sendHeaders();
	}

	@Benchmark
	public TomcatExchange bareValve() throws IOException, ServletException {
		return through(this.application, this.exchange.fresh());
	}

	@Benchmark
	public TomcatExchange errorReportValve() throws IOException, ServletException {
		return through(this.errorReportValve, this.exchange.fresh());
	}

	@Benchmark
	public TomcatExchange errorReportValveBehindSpringBoots() throws IOException, ServletException {
		return through(this.springBootsErrorReportValve, this.exchange.fresh());
	}

	@Benchmark
	public HandlerExecutionChain controllerLookup() throws Exception {
		return lookUp(this.controllers, this.exchange.fresh());
	}

	@Benchmark
	public HandlerExecutionChain controllerLookupWithCatalog() throws Exception {
		return lookUp(this.controllersAndCatalog, this.exchange.fresh());
	}

	@Benchmark
	public HandlerExecutionChain patternLookup() throws Exception {
		return lookUp(this.controllers, this.patternExchange.fresh());
	}

	@Benchmark
	public HandlerExecutionChain patternLookupWithCatalog() throws Exception {
		return lookUp(this.controllersAndCatalog, this.patternExchange.fresh());
	}

	private static TomcatExchange through(FilterChain chain, TomcatExchange exchange)
			throws IOException, ServletException {
		chain.doFilter(exchange.request(), exchange.response());
		return exchange;
	}

	private static TomcatExchange through(Valve valve, TomcatExchange exchange) throws IOException, ServletException {
		valve.invoke(exchange.connectorRequest(), exchange.connectorResponse());
		return exchange;
	}

	// The DispatcherServlet parses the path once, before it asks its handler mappings.
	private static HandlerExecutionChain lookUp(RequestMappingHandlerMapping mapping, TomcatExchange exchange)
			throws Exception {
		ServletRequestPathUtils.parseAndCache(exchange.request());
		HandlerExecutionChain chain = mapping.getHandler(exchange.request());
		if (chain == null) {
			throw new IllegalStateException("No handler for " + exchange.request().getRequestURI());
		}
		return chain;
	}

	// As Spring MVC sets it up: the controllers' handler methods are found in the application context.
	private static RequestMappingHandlerMapping applicationMapping() {
		GenericApplicationContext context = new GenericApplicationContext();
		context.registerBean(Controllers.class);
		context.refresh();
		RequestMappingHandlerMapping mapping = new RequestMappingHandlerMapping();
		mapping.setApplicationContext(context);
		mapping.afterPropertiesSet();
		return mapping;
	}

	/**
	 * Two of the sample app's controller methods: one at a path without variables, one at a pattern.
	 */
	@RestController
	static class Controllers {

		@GetMapping("/ok")
		String ok() {
			return "ok";
		}

		@GetMapping("/orders/{id}")
		String order(@PathVariable("id") long id) {
			return "order " + id;
		}

	}

}

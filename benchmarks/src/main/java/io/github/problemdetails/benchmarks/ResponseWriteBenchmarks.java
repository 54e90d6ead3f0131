package io.github.problemdetails.benchmarks;

import java.io.IOException;
import java.util.List;

import io.github.problemdetails.core.exception.NotFoundException;
import io.github.problemdetails.internal.json.ProblemJsonWriter;
import io.github.problemdetails.internal.logging.ProblemLogger;
import io.github.problemdetails.internal.mapping.ProblemMapper;
import io.github.problemdetails.internal.trace.TraceIdResolver;
import io.github.problemdetails.internal.web.ProblemBodyWriter;
import io.github.problemdetails.internal.web.ProblemResponder;
import io.github.problemdetails.internal.webmvc.ProblemHandlerExceptionResolver;
import io.github.problemdetails.internal.webmvc.ProblemResponseWriter;
import jakarta.servlet.http.HttpServletResponse;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.support.GenericApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;

/**
 * A typed 404 answered into Tomcat's own request and response (no socket), after the starter's trace-ID filter
 * has run: by the floor (status, content type, length and a precomputed body of the starter's size), by the
 * starter's writer and by its resolver, configured as the sample app is (type base URI, its messages, one
 * configured member); and the writes of a header that the starter's writer makes beyond the floor's. Every
 * benchmark recycles the exchange first, as {@link #recycledExchange} alone does: subtract it.
 */
public class ResponseWriteBenchmarks extends BenchmarkDefaults {

	private static final String PROBLEM_JSON = "application/problem+json";

	private final NotFoundException notFound = new NotFoundException("order", 999);

	private final TomcatExchange exchange = new TomcatExchange("GET", "/orders/999");

	private final ProblemResponseWriter writer = sampleWriter();

	private final byte[] floorBody = floorBody(this.writer, this.notFound);

	private GenericApplicationContext context;

	private ProblemHandlerExceptionResolver resolver;

	private HandlerMethod handler;

	@Setup(Level.Trial)
	public void startContext() throws NoSuchMethodException {
		// An application without handlers of its own: the resolver answers every controller's failure.
		this.context = new GenericApplicationContext();
		this.context.refresh();
		this.resolver = new ProblemHandlerExceptionResolver(this.writer, this.context);
		this.handler = new HandlerMethod(new ExceptionResolutionBenchmarks.OrderController(),
				ExceptionResolutionBenchmarks.OrderController.class.getDeclaredMethod("order", long.class));
	}

	@TearDown(Level.Trial)
	public void closeContext() {
		this.context.close();
	}

	@Benchmark
	public TomcatExchange recycledExchange() {
		return this.exchange.afterTraceIdFilter();
	}

	@Benchmark
	public HttpServletResponse floorAnswer() throws IOException {
		HttpServletResponse response = this.exchange.afterTraceIdFilter().response();
		response.setStatus(404);
		response.setContentType(PROBLEM_JSON);
		response.setContentLength(this.floorBody.length);
		response.getOutputStream().write(this.floorBody);
		return response;
	}

	@Benchmark
	public HttpServletResponse starterWriter() throws IOException {
		TomcatExchange answered = this.exchange.afterTraceIdFilter();
		this.writer.write(this.notFound, answered.request(), answered.response());
		return answered.response();
	}

	@Benchmark
	public ModelAndView starterResolver() {
		TomcatExchange answered = this.exchange.afterTraceIdFilter();
		return this.resolver.resolveException(answered.request(), answered.response(), this.handler, this.notFound);
	}

	// The writer sets the content type from the negotiated media type, and the trace ID that the filter has set.
	@Benchmark
	public HttpServletResponse contentTypeOfMediaType() {
		HttpServletResponse response = this.exchange.afterTraceIdFilter().response();
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON.toString());
		return response;
	}

	@Benchmark
	public HttpServletResponse contentTypeConstant() {
		HttpServletResponse response = this.exchange.afterTraceIdFilter().response();
		response.setContentType(PROBLEM_JSON);
		return response;
	}

	@Benchmark
	public HttpServletResponse traceIdHeaderAgain() {
		HttpServletResponse response = this.exchange.afterTraceIdFilter().response();
		response.setHeader("X-Trace-Id", TomcatExchange.TRACE_ID);
		return response;
	}

	@Benchmark
	public HttpServletResponse resetBuffer() {
		HttpServletResponse response = this.exchange.afterTraceIdFilter().response();
		response.resetBuffer();
		return response;
	}

	/**
	 * The starter's writer, configured as the sample app configures it: type base URI, its messages, one configured
	 * member.
	 * @return the writer
	 */
	static ProblemResponseWriter sampleWriter() {
		return new ProblemResponseWriter(
				new ProblemResponder(
						new ProblemMapper(BenchmarkSettings.SAMPLE, List.of(), BenchmarkSettings.sampleMessages()),
						new ProblemLogger(), null),
				new ProblemBodyWriter(new ProblemJsonWriter(JsonMapper.builder().build()), null),
				new TraceIdResolver("X-Request-Id"), "X-Trace-Id");
	}

	/**
	 * The floor's body for a failure of {@code GET /orders/999}: as many bytes as the starter sends for it, since what
	 * they are does not change what writing them costs.
	 * @param writer the starter's writer
	 * @param failure the failure
	 * @return the body
	 */
	static byte[] floorBody(ProblemResponseWriter writer, Exception failure) {
		TomcatExchange answered = new TomcatExchange("GET", "/orders/999").afterTraceIdFilter();
		try {
			writer.write(failure, answered.request(), answered.response());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return new byte[answered.connectorResponse().getContentLength()];
	}

}

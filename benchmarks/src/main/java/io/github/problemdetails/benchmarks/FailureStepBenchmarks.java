package io.github.problemdetails.benchmarks;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.problemdetails.core.exception.NotFoundException;
import io.github.problemdetails.internal.logging.ProblemLogger;
import io.github.problemdetails.internal.mapping.MappedProblem;
import io.github.problemdetails.internal.mapping.ProblemMapper;
import io.github.problemdetails.internal.trace.ObservationErrorRecorder;
import io.github.problemdetails.internal.trace.RequestTraceId;
import io.github.problemdetails.internal.trace.TraceIdResolver;
import io.github.problemdetails.internal.web.AcceptHeader;
import io.github.problemdetails.mapping.ExceptionRule;
import io.github.problemdetails.mapping.ProblemDraft;
import io.github.problemdetails.mapping.ProblemRequest;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * Each step of the starter's answer to a typed 404 ({@code GET /orders/999} of the sample app), alone: which rule
 * applies, what the rule reads from the exception, the engine's whole mapping (with and without the sample's
 * localised messages), the trace ID of an answered request, the {@code Accept} negotiation, the logging check and
 * the observation recording. Serialisation is {@link MappingBenchmarks#typedNotFoundSerializationOnly}; the writes
 * into Tomcat's response are {@link ResponseWriteBenchmarks}.
 */
public class FailureStepBenchmarks extends BenchmarkDefaults {

	private static final String XML = "application/xml";

	// A browser's: XML (application/xhtml+xml) above JSON, which only */* asks for.
	private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	private static final String OBSERVATION = "observation";

	// The engine's rule lookup is package-private: reached through a constant method handle, which the JIT
	// inlines as it inlines a direct call.
	private static final MethodHandle RULE_LOOKUP = findRuleLookup();

	private final ProblemMapper mapper = new ProblemMapper(BenchmarkSettings.SAMPLE);

	private final ProblemMapper localisedMapper = new ProblemMapper(BenchmarkSettings.SAMPLE, List.of(),
			BenchmarkSettings.sampleMessages());

	private final Object rules = rulesOf(this.mapper);

	private final NotFoundException notFound = new NotFoundException("order", 999);

	private final IllegalStateException bug = BenchmarkExceptions.unexpected();

	private final ExceptionRule notFoundRule = ruleOf(this.rules, NotFoundException.class);

	private final Observation.Context observed = new Observation.Context();

	private final ProblemRequest request = new ProblemRequest("GET", "/orders/999", TomcatExchange.TRACE_ID,
			(name) -> null, Map.of(OBSERVATION, this.observed)::get, Locale.getDefault());

	private final MappedProblem mapped = this.mapper.map(this.notFound, this.request);

	private final ProblemLogger logger = new ProblemLogger();

	private final ObservationErrorRecorder recorder = new ObservationErrorRecorder(ObservationRegistry.create(), false,
			OBSERVATION);

	private final TraceIdResolver traceIdResolver = new TraceIdResolver("X-Request-Id");

	private final TomcatExchange answered = new TomcatExchange("GET", "/orders/999").afterTraceIdFilter();

	@Benchmark
	public Object ruleLookup() throws Throwable {
		return (Object) RULE_LOOKUP.invokeExact(this.rules, (Class<?>) NotFoundException.class);
	}

	@Benchmark
	public ProblemDraft ruleReadsException() {
		return this.notFoundRule.describe(this.notFound, this.request);
	}

	@Benchmark
	public MappedProblem mappingWithoutMessages() {
		return this.mapper.map(this.notFound, this.request);
	}

	@Benchmark
	public MappedProblem mappingWithSampleMessages() {
		return this.localisedMapper.map(this.notFound, this.request);
	}

	@Benchmark
	public String traceIdOfAnsweredRequest() {
		return RequestTraceId.obtain(this.answered.request(), this.traceIdResolver);
	}

	@Benchmark
	public boolean acceptAbsent() {
		return AcceptHeader.prefersOverJson(null, AcceptHeader.Alternative.XML);
	}

	@Benchmark
	public boolean acceptAnything() {
		return AcceptHeader.prefersOverJson("*/*", AcceptHeader.Alternative.XML);
	}

	@Benchmark
	public boolean acceptJson() {
		return AcceptHeader.prefersOverJson("application/json", AcceptHeader.Alternative.XML);
	}

	@Benchmark
	public boolean acceptXml() {
		return AcceptHeader.prefersOverJson(XML, AcceptHeader.Alternative.XML);
	}

	@Benchmark
	public boolean acceptOfBrowser() {
		return AcceptHeader.prefersOverJson(BROWSER, AcceptHeader.Alternative.XML);
	}

	// Client errors are logged at DEBUG, which an application's INFO level turns off: the check is the cost.
	@Benchmark
	public void loggingOfClientError() {
		this.logger.log(this.mapped, "GET", "/orders/999", TomcatExchange.TRACE_ID);
	}

	// Client errors are not recorded on the observation unless configured: the check is the cost.
	@Benchmark
	public void observationOfClientError() {
		this.recorder.record(this.request, 404, this.notFound);
	}

	// A server error is: found through the request's attribute and set on the observation's context.
	@Benchmark
	public void observationOfServerError() {
		this.recorder.record(this.request, 500, this.bug);
		this.observed.setError(null);
	}

	private static MethodHandle findRuleLookup() {
		try {
			Class<?> rulesType = Class.forName("io.github.problemdetails.internal.mapping.ExceptionRules");
			Class<?> resolutionType = Class.forName(rulesType.getName() + "$Resolution");
			return MethodHandles.privateLookupIn(rulesType, MethodHandles.lookup())
				.findVirtual(rulesType, "resolutionFor", MethodType.methodType(resolutionType, Class.class))
				.asType(MethodType.methodType(Object.class, Object.class, Class.class));
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("The engine's rule lookup has changed", ex);
		}
	}

	private static Object rulesOf(ProblemMapper mapper) {
		try {
			Field rules = ProblemMapper.class.getDeclaredField("rules");
			rules.setAccessible(true);
			return rules.get(mapper);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("The engine's rules have moved", ex);
		}
	}

	private static ExceptionRule ruleOf(Object rules, Class<? extends Throwable> exceptionClass) {
		try {
			Object resolution = RULE_LOOKUP.invoke(rules, exceptionClass);
			Method rule = resolution.getClass().getDeclaredMethod("rule");
			rule.setAccessible(true);
			return (ExceptionRule) rule.invoke(resolution);
		}
		catch (Throwable ex) {
			throw new IllegalStateException("The engine's rule lookup has changed", ex);
		}
	}

}

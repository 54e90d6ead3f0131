package io.github.problemdetails.benchmarks;

import io.github.problemdetails.core.exception.NotFoundException;
import io.github.problemdetails.internal.json.ProblemJsonWriter;
import io.github.problemdetails.internal.logging.ProblemLogger;
import io.github.problemdetails.internal.mapping.ProblemMapper;
import io.github.problemdetails.internal.trace.TraceIdResolver;
import io.github.problemdetails.internal.web.ProblemBodyWriter;
import io.github.problemdetails.internal.web.ProblemResponder;
import io.github.problemdetails.internal.webmvc.ProblemDetailsControllerAdvice;
import io.github.problemdetails.internal.webmvc.ProblemHandlerExceptionResolver;
import io.github.problemdetails.internal.webmvc.ProblemResponseWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

/**
 * A typed 404 thrown by a controller method, answered the two ways the starter can answer it:
 * through Spring MVC's {@code @ExceptionHandler} resolution, which finds and invokes the
 * starter's advice, and through the starter's resolver, which writes the same answer directly.
 * Both write the same problem to a mock response; the difference is Spring MVC's machinery.
 */
public class ExceptionResolutionBenchmarks extends BenchmarkDefaults {

	private AnnotationConfigWebApplicationContext context;

	private HandlerExceptionResolver springMvcResolution;

	private HandlerExceptionResolver starterResolution;

	private HandlerMethod handler;

	private final Exception notFound = new NotFoundException("order", 999);

	@Setup(Level.Trial)
	public void startSpringMvc() throws NoSuchMethodException {
		this.context = new AnnotationConfigWebApplicationContext();
		this.context.setServletContext(new MockServletContext());
		this.context.register(SpringMvcConfiguration.class);
		this.context.refresh();
		this.springMvcResolution = this.context.getBean("handlerExceptionResolver", HandlerExceptionResolver.class);
		this.starterResolution = this.context.getBean(ProblemHandlerExceptionResolver.class);
		OrderController controller = this.context.getBean(OrderController.class);
		this.handler = new HandlerMethod(controller, OrderController.class.getDeclaredMethod("order", long.class));
	}

	@TearDown(Level.Trial)
	public void stopSpringMvc() {
		this.context.close();
	}

	@Benchmark
	public MockHttpServletResponse springMvcExceptionHandlerLookup() {
		return resolve(this.springMvcResolution);
	}

	@Benchmark
	public MockHttpServletResponse starterResolver() {
		return resolve(this.starterResolution);
	}

	private MockHttpServletResponse resolve(HandlerExceptionResolver resolver) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/orders/999");
		MockHttpServletResponse response = new MockHttpServletResponse();
		ModelAndView answer = resolver.resolveException(request, response, this.handler, this.notFound);
		if (answer == null || response.getStatus() != 404) {
			throw new IllegalStateException("Not answered with the problem: " + response.getStatus());
		}
		return response;
	}

	@RestController
	static class OrderController {

		@GetMapping("/orders/{id}")
		String order(@PathVariable long id) {
			throw new NotFoundException("order", id);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebMvc
	static class SpringMvcConfiguration {

		@Bean
		ProblemResponseWriter problemResponseWriter() {
			return new ProblemResponseWriter(
					new ProblemResponder(new ProblemMapper(BenchmarkSettings.SAMPLE), new ProblemLogger(), null),
					new ProblemBodyWriter(new ProblemJsonWriter(JsonMapper.builder().build()), null),
					new TraceIdResolver("X-Request-Id"), "X-Trace-Id");
		}

		@Bean
		ProblemDetailsControllerAdvice problemDetailsControllerAdvice(ProblemResponseWriter writer) {
			return new ProblemDetailsControllerAdvice(writer);
		}

		@Bean
		ProblemHandlerExceptionResolver problemHandlerExceptionResolver(ProblemResponseWriter writer,
				ApplicationContext context) {
			return new ProblemHandlerExceptionResolver(writer, context);
		}

		@Bean
		OrderController orderController() {
			return new OrderController();
		}

	}

}

package io.github.problemdetails.benchmarks;

import java.io.IOException;

import io.github.problemdetails.core.exception.NotFoundException;
import io.github.problemdetails.internal.json.ProblemJsonWriter;
import io.github.problemdetails.internal.logging.ProblemLogger;
import io.github.problemdetails.internal.mapping.ProblemMapper;
import io.github.problemdetails.internal.trace.TraceIdResolver;
import io.github.problemdetails.internal.web.ProblemBodyWriter;
import io.github.problemdetails.internal.web.ProblemResponder;
import io.github.problemdetails.internal.webmvc.ProblemHandlerExceptionResolver;
import io.github.problemdetails.internal.webmvc.ProblemResponseWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

/**
 * A typed 404 thrown by a controller method, answered two ways: by the starter's resolver, which
 * decides that no handler of the application takes it (a cached lookup) and writes the problem,
 * and through Spring MVC's {@code @ExceptionHandler} resolution, which finds and invokes an
 * advice that writes the same problem with the same writer. The difference is Spring MVC's
 * machinery.
 */
public class ExceptionResolutionBenchmarks extends BenchmarkDefaults {

	private AnnotationConfigWebApplicationContext context;

	private HandlerExceptionResolver springMvcResolution;

	private HandlerExceptionResolver starterResolution;

	private HandlerMethod handler;

	private HandlerMethod advisedHandler;

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
		AdvisedOrderController advised = this.context.getBean(AdvisedOrderController.class);
		this.advisedHandler = new HandlerMethod(advised,
				AdvisedOrderController.class.getDeclaredMethod("order", long.class));
	}

	@TearDown(Level.Trial)
	public void stopSpringMvc() {
		this.context.close();
	}

	@Benchmark
	public MockHttpServletResponse springMvcExceptionHandlerLookup() {
		return resolve(this.springMvcResolution, this.advisedHandler);
	}

	@Benchmark
	public MockHttpServletResponse starterResolver() {
		return resolve(this.starterResolution, this.handler);
	}

	private MockHttpServletResponse resolve(HandlerExceptionResolver resolver, HandlerMethod handler) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/orders/999");
		MockHttpServletResponse response = new MockHttpServletResponse();
		ModelAndView answer = resolver.resolveException(request, response, handler, this.notFound);
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

	@RestController
	static class AdvisedOrderController {

		@GetMapping("/advised/orders/{id}")
		String order(@PathVariable long id) {
			throw new NotFoundException("order", id);
		}

	}

	// The application's own advice for one controller, writing the starter's answer.
	@RestControllerAdvice(assignableTypes = AdvisedOrderController.class)
	static class WritingAdvice {

		private final ProblemResponseWriter writer;

		WritingAdvice(ProblemResponseWriter writer) {
			this.writer = writer;
		}

		@ExceptionHandler(Throwable.class)
		void handle(Throwable exception, HttpServletRequest request, HttpServletResponse response)
				throws IOException {
			this.writer.write(exception, request, response);
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
		WritingAdvice writingAdvice(ProblemResponseWriter writer) {
			return new WritingAdvice(writer);
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

		@Bean
		AdvisedOrderController advisedOrderController() {
			return new AdvisedOrderController();
		}

	}

}

package io.github.problemdetails.sample.status;

import io.github.problemdetails.sample.orders.CreateOrderRequest;
import jakarta.validation.Valid;
import org.slf4j.MDC;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Always-successful endpoints, the 200s that load tests set against the problem responses.
 */
@RestController
class OkController {

	// The problem-details starter puts the trace ID of each request in the logging MDC under this key.
	private static final String TRACE_ID_MDC_KEY = "traceId";

	private final String applicationName;

	OkController(@Value("${spring.application.name}") String applicationName) {
		this.applicationName = applicationName;
	}

	@GetMapping("/ok")
	ServiceStatus ok() {
		return new ServiceStatus(this.applicationName, "OK", 200, "The service is up and answers requests normally.",
				"/ok", MDC.get(TRACE_ID_MDC_KEY));
	}

	// Reads and validates an order body as POST /orders does, and places nothing: the work of a validation
	// failure of POST /orders, up to the failure, with a 200 at the end.
	@PostMapping("/ok")
	ServiceStatus okWithOrder(@Valid @RequestBody CreateOrderRequest order) {
		return ok();
	}

}

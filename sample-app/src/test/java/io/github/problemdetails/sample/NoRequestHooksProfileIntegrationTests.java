package io.github.problemdetails.sample;

import java.net.http.HttpResponse;

import io.github.problemdetails.internal.trace.TraceIdFilter;
import io.github.problemdetails.internal.webmvc.ProblemDetailCompletionAdvice;
import io.github.problemdetails.internal.webmvc.ProblemFilter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load harness's starter without its request hooks ({@code no-request-hooks} profile), over real HTTP: a
 * successful request passes none of the starter's filters, and the starter, still on, answers a typed failure from
 * the controllers.
 */
@ActiveProfiles("no-request-hooks")
class NoRequestHooksProfileIntegrationTests extends AbstractSampleIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Test
	void aSuccessfulRequestPassesNoneOfTheStartersHooks() throws Exception {
		HttpResponse<String> response = this.http.get("/ok");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("X-Trace-Id")).isEmpty();
		assertThat(response.body()).contains("\"traceId\":null");
		assertThat(this.context.getBeansOfType(FilterRegistrationBean.class).values())
			.extracting(FilterRegistrationBean::getFilter)
			.noneMatch((filter) -> filter instanceof TraceIdFilter || filter instanceof ProblemFilter);
		assertThat(this.context.getBeansOfType(ProblemDetailCompletionAdvice.class)).isEmpty();
	}

	@Test
	void theStarterStillAnswersATypedFailure() throws Exception {
		assertSampleProblem(this.http.get("/users/999"), 404, "not-found", "/users/999");
	}

}

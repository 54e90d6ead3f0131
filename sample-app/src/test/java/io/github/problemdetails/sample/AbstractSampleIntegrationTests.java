package io.github.problemdetails.sample;

import java.net.http.HttpResponse;

import io.github.problemdetails.test.ProblemAssert;
import io.github.problemdetails.test.ProblemResponseAssert;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.github.problemdetails.sample.SampleHttp.SECRETS;
import static io.github.problemdetails.sample.SampleHttp.TYPE_BASE;
import static io.github.problemdetails.test.ProblemAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every HTTP integration test of the sample shares: the whole service on a random port of 127.0.0.1 (the
 * test {@code application.properties}), a client for it, and what every problem answer of the service has in
 * common. A subclass adds its own properties with {@code @TestPropertySource} or {@code @DynamicPropertySource}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
abstract class AbstractSampleIntegrationTests {

	SampleHttp http;

	// Injected, not set up before each test, so that a test instance per class has it in its @BeforeAll too.
	@Autowired
	void connect(@LocalServerPort int port) {
		this.http = new SampleHttp(port);
	}

	/**
	 * Assert what every problem answer of the sample has, in the shipped assertions: nothing given away (the
	 * sample's own {@link SampleHttp#SECRETS} included), the status, a type under the sample's base, a detail,
	 * and a W3C trace ID in body and header.
	 * @param response the response
	 * @param status the expected status
	 * @return the assertions on the problem's members, for what else the test expects
	 */
	static ProblemAssert assertSampleProblem(ProblemResponseAssert response, int status) {
		return response.doesNotLeak(SECRETS)
			.isProblem()
			.hasStatus(status)
			.hasDetail()
			.hasW3cTraceId()
			.satisfies((problem) -> assertThat(problem.path("type").asString()).startsWith(TYPE_BASE));
	}

	/**
	 * Assert {@link #assertSampleProblem(ProblemResponseAssert, int)}, the type and the instance.
	 * @param response the response
	 * @param status the expected status
	 * @param typeSlug the slug of the expected type, such as {@code not-found}
	 * @param path the expected instance, the request's path
	 * @return the assertions on the problem's members, for what else the test expects
	 */
	static ProblemAssert assertSampleProblem(HttpResponse<String> response, int status, String typeSlug,
			String path) {
		return assertSampleProblem(assertThat(response), status).hasType(TYPE_BASE + typeSlug).hasInstance(path);
	}

}

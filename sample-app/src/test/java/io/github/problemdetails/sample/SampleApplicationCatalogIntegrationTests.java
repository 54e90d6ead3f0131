package io.github.problemdetails.sample;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.support.RouterFunctionMapping;

import static io.github.problemdetails.test.ProblemAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue of the sample's problem types at {@code /problems/} ({@code problem-details.catalog}
 * in {@code application.yml}), over real HTTP, served beside the sample's controllers.
 */
class SampleApplicationCatalogIntegrationTests extends AbstractSampleIntegrationTests {

	@Test
	void listsBuiltInKindsTypedExceptionsAndYamlMappings() throws Exception {
		HttpResponse<String> response = this.http.get("/problems/");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		JsonNode types = JsonMapper.shared().readTree(response.body()).get("types");
		assertThat(types.findValuesAsString("slug")).contains("malformed-body", "validation-failed", "not-found",
				"precondition-required", "internal-error", "card-declined");
		assertThat(types.findValuesAsString("type")).contains(SampleHttp.TYPE_BASE + "card-declined");
		// Only the public contract: never a class name or anything else internal.
		assertThat(response).doesNotLeak(SampleHttp.SECRETS).doesNotLeak("CardDeclinedException", "io.github");
	}

	@Test
	void describesOneTypeAsJson() throws Exception {
		HttpResponse<String> response = this.http.get("/problems/card-declined");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode type = JsonMapper.shared().readTree(response.body());
		assertThat(type.get("type").asString()).isEqualTo(SampleHttp.TYPE_BASE + "card-declined");
		assertThat(type.get("title").asString()).isEqualTo("Card declined");
		assertThat(type.get("status").asInt()).isEqualTo(402);
		assertThat(type.get("code").asString()).isEqualTo("CARD_DECLINED");
		assertThat(type.get("when").asString()).isEqualTo("The card was declined; use another card or contact your bank.");
		assertThat(type.get("action").asString()).isNotBlank();
	}

	@Test
	void describesOneTypeAsHtmlForBrowsers() throws Exception {
		HttpResponse<String> response = this.http.send(this.http.request("/problems/not-found")
			.setHeader("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
			.GET());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(response.body()).contains("<h1>Resource not found</h1>", "<dd>404</dd>",
				"<code>" + SampleHttp.TYPE_BASE + "not-found</code>", "When it happens");
	}

	@Test
	void unknownTypeAnswers404Problem() throws Exception {
		assertSampleProblem(this.http.get("/problems/no-such-type"), 404, "not-found", "/problems/no-such-type");
	}

	@Test
	void headAndOptionsAnswerLikeEveryRoute() throws Exception {
		HttpResponse<String> head = this.http
			.send(this.http.request("/problems/").method("HEAD", BodyPublishers.noBody()));
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(head.body()).isEmpty();
		for (String path : new String[] { "/problems/", "/problems", "/problems/card-declined" }) {
			HttpResponse<String> options = this.http
				.send(this.http.request(path).method("OPTIONS", BodyPublishers.noBody()));
			assertThat(options.statusCode()).isEqualTo(200);
			assertThat(options.headers().allValues("Allow")).containsExactly("GET,HEAD,OPTIONS");
			assertThat(options.body()).isEmpty();
		}
	}

	// A RouterFunction bean would make Spring MVC's RouterFunctionMapping, asked first, read every request's headers.
	@Test
	void servedBesideTheControllersSoOtherRequestsNeverReachIt(@Autowired RouterFunctionMapping routerFunctions,
			@Autowired ListableBeanFactory beans) {
		assertThat(routerFunctions.getRouterFunction()).isNull();
		assertThat(beans.getBeanNamesForType(RouterFunction.class)).isEmpty();
	}

}

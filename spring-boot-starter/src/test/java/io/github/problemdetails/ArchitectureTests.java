package io.github.problemdetails;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.github.problemdetails.internal.catalog.CatalogNeedingSpringdoc;
import io.github.problemdetails.internal.mapping.EngineCrossingItsBoundaries;
import io.github.problemdetails.internal.web.WebNeedingTheServletApi;
import io.github.problemdetails.mapping.ApiExposingAnInternalType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guard: the starter's structure. The engine decides for every web stack and integration and so knows none of
 * them; integrations depend on the engine, never the reverse; the stack-neutral web edge needs no Servlet API;
 * the catalogue needs no springdoc; the public API does not hand out internal types. Each rule is also shown to
 * fail on a fixture class of the test sources that crosses it.
 */
class ArchitectureTests {

	private static final String ROOT = "io.github.problemdetails";

	// The engine: the public SPI and its implementation.
	private static final String[] ENGINE = { ROOT + ".mapping..", ROOT + ".internal.mapping.." };

	// What users configure, extend or call; the test assertions come from the problem-details-test module.
	private static final String[] PUBLIC_API = { ROOT + ".autoconfigure..", ROOT + ".mapping..", ROOT + ".trace..",
			ROOT + ".security..", ROOT + ".client..", ROOT + ".openapi..", ROOT + ".test.." };

	private static final String[] SERVLET = { "jakarta.servlet..", "org.springframework.web.servlet.." };

	private static final String[] REACTIVE = { "org.springframework.web.reactive..",
			"org.springframework.http.server.reactive..", "reactor.." };

	// Security, data access, HTTP clients and auto-configuration: each optional, each the engine's client.
	private static final String[] INTEGRATIONS = { "org.springframework.security..", "org.springframework.dao..",
			"org.springframework.transaction..", "org.springframework.jdbc..", "org.springframework.data..",
			"org.springframework.web.client..", "org.springframework.http.client..",
			"org.springframework.boot.restclient..", "org.springframework.boot.autoconfigure..",
			ROOT + ".autoconfigure.." };

	// Of this project's code, the engine uses core, itself and the conversion of validation results.
	private static final String[] USED_BY_THE_ENGINE = { ROOT + ".core..", ROOT + ".mapping..",
			ROOT + ".internal.mapping..", ROOT + ".internal.validation.." };

	static final ArchRule ENGINE_KNOWS_NO_STACK_AND_NO_INTEGRATION = noClasses().that()
		.resideInAnyPackage(ENGINE)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(concat(concat(SERVLET, REACTIVE), INTEGRATIONS))
		.because("the engine decides the same answer for every web stack, with or without each integration");

	static final ArchRule ENGINE_DEPENDS_ON_NO_INTEGRATION = classes().that()
		.resideInAnyPackage(ENGINE)
		.should()
		.onlyDependOnClassesThat(resideOutsideOfPackage(ROOT + "..").or(resideInAnyPackage(USED_BY_THE_ENGINE)))
		.because("integrations and the edge depend on the engine, never the reverse");

	static final ArchRule WEB_EDGE_IS_STACK_NEUTRAL = noClasses().that()
		.resideInAPackage(ROOT + ".internal.web..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(concat(SERVLET, REACTIVE))
		.because("the servlet adapter and a WebFlux one reuse the responder and the body writer unchanged");

	static final ArchRule CATALOG_NEEDS_NO_SPRINGDOC = noClasses().that()
		.resideInAPackage(ROOT + ".internal.catalog..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springdoc..", "io.swagger..")
		.because("the catalogue of problem types serves applications without an OpenAPI document too");

	static final ArchRule PUBLIC_API_EXPOSES_NO_INTERNAL_TYPE = classes().that()
		.resideInAnyPackage(PUBLIC_API)
		.and()
		.arePublic()
		.should(PublicSignatures.exposeNoTypeOf(ROOT + ".internal"))
		.because("a type in a public signature is API, and internal ones are not");

	// Found when the rule came, and reported: the auto-configuration builds these customizers from another
	// package, so their public constructors take internal collaborators. Users get them as beans and never call
	// the constructors; hiding them takes a public interface with an internal implementation.
	private static final Set<String> CONSTRUCTORS_KNOWN_TO_EXPOSE = Set.of(
			ROOT + ".client.ProblemDetailsRestClientCustomizer", ROOT + ".client.ProblemDetailsRestTemplateCustomizer",
			ROOT + ".security.ProblemDetailsExceptionHandlingCustomizer");

	private static JavaClasses main;

	@BeforeAll
	static void importMainClasses() {
		main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(ROOT);
	}

	@Test
	void engineKnowsNoStackAndNoIntegration() {
		ENGINE_KNOWS_NO_STACK_AND_NO_INTEGRATION.check(main);
	}

	@Test
	void engineDependsOnNoIntegration() {
		ENGINE_DEPENDS_ON_NO_INTEGRATION.check(main);
	}

	@Test
	void webEdgeIsStackNeutral() {
		WEB_EDGE_IS_STACK_NEUTRAL.check(main);
	}

	@Test
	void catalogNeedsNoSpringdoc() {
		CATALOG_NEEDS_NO_SPRINGDOC.check(main);
	}

	// Every exposure but the known constructors fails, and so does a known one that has gone: the list stays true.
	@Test
	void publicApiExposesNoInternalTypeButInTheKnownConstructors() {
		assertThat(violations(PUBLIC_API_EXPOSES_NO_INTERNAL_TYPE, main)).map(ArchitectureTests::exposingConstructor)
			.hasSameElementsAs(CONSTRUCTORS_KNOWN_TO_EXPOSE);
	}

	@Test
	void engineThatReachesForAStackOrAnIntegrationLibraryBreaksTheRule() {
		assertThat(violations(ENGINE_KNOWS_NO_STACK_AND_NO_INTEGRATION, EngineCrossingItsBoundaries.class))
			.anyMatch(mentioning("jakarta.servlet.http.HttpServletRequest"))
			.anyMatch(mentioning("org.springframework.web.servlet.HandlerMapping"))
			.anyMatch(mentioning("org.springframework.http.server.reactive.ServerHttpRequest"))
			.anyMatch(mentioning("org.springframework.security.core.Authentication"))
			.anyMatch(mentioning("org.springframework.dao.DataAccessException"))
			.anyMatch(mentioning("org.springframework.web.client.RestClient"))
			.anyMatch(mentioning(ROOT + ".autoconfigure.ProblemDetailsProperties"));
	}

	@Test
	void engineThatUsesAnIntegrationBreaksTheRule() {
		assertThat(violations(ENGINE_DEPENDS_ON_NO_INTEGRATION, EngineCrossingItsBoundaries.class))
			.anyMatch(mentioning(ROOT + ".internal.webmvc.ProblemResponseWriter"))
			.anyMatch(mentioning(ROOT + ".autoconfigure.ProblemDetailsProperties"))
			.noneMatch(mentioning("jakarta.servlet"));
	}

	@Test
	void webEdgeThatNeedsAStackBreaksTheRule() {
		assertThat(violations(WEB_EDGE_IS_STACK_NEUTRAL, WebNeedingTheServletApi.class))
			.anyMatch(mentioning("jakarta.servlet.http.HttpServletResponse"))
			.anyMatch(mentioning("org.springframework.http.server.reactive.ServerHttpResponse"));
	}

	@Test
	void catalogThatNeedsSpringdocBreaksTheRule() {
		assertThat(violations(CATALOG_NEEDS_NO_SPRINGDOC, CatalogNeedingSpringdoc.class))
			.anyMatch(mentioning("org.springdoc.core.customizers.OperationCustomizer"));
	}

	@Test
	void publicApiThatHandsOutAnInternalTypeBreaksTheRule() {
		assertThat(violations(PUBLIC_API_EXPOSES_NO_INTERNAL_TYPE, ApiExposingAnInternalType.class))
			.anyMatch(mentioning("mapper() exposes " + ROOT + ".internal.mapping.ProblemMapper"))
			.anyMatch(mentioning("settings exposes " + ROOT + ".internal.mapping.MappingSettings"))
			.anyMatch(mentioning("(" + ROOT + ".internal.logging.ProblemLogger) exposes"))
			.noneMatch(mentioning("hidden"));
	}

	private static List<String> violations(ArchRule rule, Class<?> fixture) {
		return violations(rule, new ClassFileImporter().importClasses(fixture));
	}

	private static List<String> violations(ArchRule rule, JavaClasses classes) {
		return rule.evaluate(classes).getFailureReport().getDetails();
	}

	private static Predicate<String> mentioning(String text) {
		return (violation) -> violation.contains(text);
	}

	// The class whose constructor a violation names, or the whole violation for another member.
	private static String exposingConstructor(String violation) {
		int constructor = violation.indexOf(".<init>(");
		return (constructor >= 0) ? violation.substring(0, constructor) : violation;
	}

	private static String[] concat(String[] first, String[] second) {
		List<String> all = new ArrayList<>(List.of(first));
		all.addAll(List.of(second));
		return all.toArray(String[]::new);
	}

}

package io.github.problemdetails.sample.floor;

import java.util.List;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The starter without what it runs on a request that does not fail, for the success path of the load harness
 * ({@code benchmarks/load.sh --with-no-request-hooks}): the same application with the starter on, less its servlet
 * filter (and the trace-ID filter's registration, whose work that filter does), its customization of the security
 * chain, the advice that completes an application's {@code ProblemDetail}, its error report valve and its type
 * catalogue's handler methods. Beside the starter and the floor, it tells what those hooks cost a successful request
 * from what the starter costs it by being there at all. Active with the {@code no-request-hooks} profile only. Not an
 * example to follow: without these hooks the starter no longer answers every failure as its contract says.
 */
@Configuration(proxyBeanMethods = false)
@Profile("no-request-hooks")
class NoRequestHooksConfiguration {

	// The starter's beans by name, as its auto-configuration registers them.
	private static final List<String> REQUEST_HOOKS = List.of("problemDetailsTraceIdFilter", "problemDetailsFilter",
			"problemDetailsHttpSecurityCustomizer", "problemDetailsCompletionAdvice",
			"problemDetailsErrorReportValveCustomizer", "problemDetailsCatalogEndpoint");

	// Runs after the auto-configurations have registered their beans and before any bean is created.
	@Bean
	static BeanDefinitionRegistryPostProcessor starterRequestHooksRemover() {
		return new BeanDefinitionRegistryPostProcessor() {

			@Override
			public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
				for (String name : REQUEST_HOOKS) {
					// A renamed bean would leave a hook in place and the measurement silently wrong.
					if (!registry.containsBeanDefinition(name)) {
						throw new IllegalStateException("The starter registers no bean named " + name
								+ "; update NoRequestHooksConfiguration to its request hooks");
					}
					registry.removeBeanDefinition(name);
				}
			}

		};
	}

}

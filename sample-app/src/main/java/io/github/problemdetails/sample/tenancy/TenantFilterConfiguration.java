package io.github.problemdetails.sample.tenancy;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the {@link TenantFilter} for the report endpoints only.
 */
@Configuration(proxyBeanMethods = false)
class TenantFilterConfiguration {

	// Default order (last): after Spring Security and after the starter's filter that answers filter failures.
	@Bean
	FilterRegistrationBean<TenantFilter> tenantFilter() {
		FilterRegistrationBean<TenantFilter> registration = new FilterRegistrationBean<>(new TenantFilter());
		registration.addUrlPatterns("/reports/*");
		return registration;
	}

}

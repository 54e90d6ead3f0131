package io.github.problemdetails.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.RequestDispatcher;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Notes the path of every request that the servlet container dispatches to its error page, for
 * tests that prove an answer was given without that second pass through the application.
 */
@Configuration(proxyBeanMethods = false)
public class ErrorDispatches {

	private final List<String> paths = new CopyOnWriteArrayList<>();

	/**
	 * Return the paths of the failed requests dispatched to the error page so far.
	 * @return the paths, in order
	 */
	public List<String> paths() {
		return List.copyOf(this.paths);
	}

	@Bean
	FilterRegistrationBean<Filter> errorDispatchRecorder() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
			this.paths.add(String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)));
			chain.doFilter(request, response);
		});
		registration.setDispatcherTypes(DispatcherType.ERROR);
		return registration;
	}

}

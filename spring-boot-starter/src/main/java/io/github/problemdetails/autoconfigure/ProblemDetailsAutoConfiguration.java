package io.github.problemdetails.autoconfigure;

import io.github.problemdetails.internal.json.ProblemJsonWriter;
import io.github.problemdetails.internal.json.ProblemXmlWriter;
import io.github.problemdetails.internal.logging.LogPolicy;
import io.github.problemdetails.internal.logging.ProblemLogger;
import io.github.problemdetails.internal.logging.RepeatedFailures;
import io.github.problemdetails.internal.mapping.MappingSettings;
import io.github.problemdetails.internal.mapping.ProblemMapper;
import io.github.problemdetails.internal.trace.ErrorRecorder;
import io.github.problemdetails.internal.trace.TraceIdFilter;
import io.github.problemdetails.internal.trace.TraceIdResolver;
import io.github.problemdetails.internal.web.ProblemBodyWriter;
import io.github.problemdetails.internal.web.ProblemResponder;
import io.github.problemdetails.internal.webmvc.FailureTimeAttribute;
import io.github.problemdetails.internal.webmvc.ProblemDetailCompletionAdvice;
import io.github.problemdetails.internal.webmvc.ProblemErrorController;
import io.github.problemdetails.internal.webmvc.ProblemErrorReportValveCustomizer;
import io.github.problemdetails.internal.webmvc.ProblemFilter;
import io.github.problemdetails.internal.webmvc.ProblemHandlerExceptionResolver;
import io.github.problemdetails.internal.webmvc.ProblemResponseWriter;
import io.github.problemdetails.internal.webmvc.TomcatClientErrorLogging;
import io.github.problemdetails.internal.webmvc.TomcatExceptionRules;
import io.github.problemdetails.mapping.ExceptionRuleSet;
import io.github.problemdetails.trace.CurrentTraceId;
import jakarta.servlet.DispatcherType;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingFilterBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.SearchStrategy;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Auto-configuration that answers every failure of a servlet web application with an RFC 9457
 * problem: the mapping engine, the exception resolver, the completion of the application's own
 * problems and the trace-ID filter.
 */
// Before Boot's error MVC configuration, so that its error controller backs off for ours.
@AutoConfiguration(afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
		beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ DispatcherServlet.class, JsonMapper.class })
@ConditionalOnBooleanProperty(name = "problem-details.enabled", matchIfMissing = true)
@EnableConfigurationProperties(ProblemDetailsProperties.class)
public final class ProblemDetailsAutoConfiguration {

	private static final String TRACE_ID_FILTER = "problemDetailsTraceIdFilter";

	// Static: Spring Boot asks for the advisors when it binds the first properties, before this class is needed.
	@Bean
	@ConditionalOnMissingBean
	static ProblemDetailsBindHandlerAdvisor problemDetailsBindHandlerAdvisor() {
		return new ProblemDetailsBindHandlerAdvisor();
	}

	// The engine's settings, built once from properties that were checked when bound. The security integration's
	// challenge, when it is on and one is configured, is also that of a typed 401 that names none.
	@Bean
	@ConditionalOnMissingBean
	MappingSettings problemDetailsMappingSettings(ProblemDetailsProperties properties,
			ObjectProvider<ProblemDetailsSecurityProperties> securityProperties) {
		ProblemDetailsSecurityProperties security = securityProperties.getIfAvailable();
		return MappingSettings.builder()
			.typeBaseUri(properties.getTypeBaseUri())
			.validationStatus(properties.getValidationStatus())
			.titles(properties.getTitles())
			.extensions(properties.getExtensions())
			.includeInstance(properties.getInclude().isInstance())
			.includeTimestamp(properties.getInclude().isTimestamp())
			.exposeClientErrorMessages(properties.isExposeClientErrorMessages())
			.includeRejectedValues(properties.getValidation().isIncludeRejectedValues())
			.maxErrors(properties.getValidation().getMaxErrors())
			.traceIdMember(properties.getTraceId().getMember())
			.challenge((security != null) ? security.getChallenge() : null)
			.exceptionMappings(ExceptionMappings.resolve(properties.getExceptions(), properties.getTypeBaseUri()))
			.build();
	}

	@Bean
	@ConditionalOnMissingBean
	ProblemMapper problemDetailsMapper(MappingSettings settings, ObjectProvider<ExceptionRuleSet> ruleSets,
			MessageSource messageSource) {
		return new ProblemMapper(settings, ruleSets.orderedStream().toList(), messageSource);
	}

	@Bean
	@ConditionalOnMissingBean
	TraceIdResolver problemDetailsTraceIdResolver(ProblemDetailsProperties properties,
			ObjectProvider<CurrentTraceId> currentTraceId) {
		return new TraceIdResolver(properties.getTraceId().getRequestHeaders(), currentTraceId.getIfAvailable());
	}

	@Bean
	@ConditionalOnMissingBean
	ProblemJsonWriter problemDetailsJsonWriter(ObjectProvider<JsonMapper> jsonMapper,
			ProblemDetailsProperties properties) {
		return new ProblemJsonWriter(jsonMapper.getIfAvailable(JsonMapper::shared),
				properties.getValidation().getLocation());
	}

	@Bean
	@ConditionalOnMissingBean
	LogPolicy problemDetailsLogPolicy(ProblemDetailsProperties properties) {
		return LogPolicy.of(properties.getLogging().getLevels(), properties.getLogging().getStackTraces());
	}

	@Bean
	@ConditionalOnMissingBean
	ProblemLogger problemDetailsLogger(LogPolicy policy, ProblemDetailsProperties properties) {
		return new ProblemLogger(policy, new RepeatedFailures(properties.getLogging().getRepeatWindow()),
				properties.getLogging().getMaxMessageLength());
	}

	@Bean
	@ConditionalOnMissingBean
	ProblemResponder problemDetailsResponder(ProblemMapper mapper, ProblemLogger logger,
			ObjectProvider<ErrorRecorder> errorRecorder) {
		return new ProblemResponder(mapper, logger, errorRecorder.getIfAvailable());
	}

	@Bean
	@ConditionalOnMissingBean
	ProblemBodyWriter problemDetailsBodyWriter(ProblemJsonWriter jsonWriter,
			ObjectProvider<ProblemXmlWriter> xmlWriter) {
		return new ProblemBodyWriter(jsonWriter, xmlWriter.getIfAvailable());
	}

	@Bean
	@ConditionalOnMissingBean
	ProblemResponseWriter problemDetailsResponseWriter(ProblemResponder responder, ProblemBodyWriter bodyWriter,
			TraceIdResolver traceIdResolver, ProblemDetailsProperties properties,
			ObjectProvider<FailureTimeAttribute> failureTimeAttributes) {
		return new ProblemResponseWriter(responder, bodyWriter, traceIdResolver,
				properties.getTraceId().getResponseHeader(), failureTimeAttributes.orderedStream().toList());
	}

	@Bean
	@ConditionalOnMissingBean
	ProblemDetailCompletionAdvice problemDetailsCompletionAdvice(ProblemResponseWriter writer) {
		return new ProblemDetailCompletionAdvice(writer);
	}

	@Bean
	@ConditionalOnMissingBean
	ProblemHandlerExceptionResolver problemDetailsHandlerExceptionResolver(ProblemResponseWriter writer,
			ApplicationContext applicationContext) {
		return new ProblemHandlerExceptionResolver(writer, applicationContext);
	}

	@Bean(TRACE_ID_FILTER)
	@ConditionalOnMissingFilterBean(TraceIdFilter.class)
	FilterRegistrationBean<TraceIdFilter> problemDetailsTraceIdFilter(TraceIdResolver resolver,
			ProblemDetailsProperties properties) {
		FilterRegistrationBean<TraceIdFilter> registration = new FilterRegistrationBean<>(
				new TraceIdFilter(resolver, properties.getTraceId().getResponseHeader(),
						properties.getTraceId().getMdcKey()));
		registration.setOrder(TraceIdFilter.ORDER);
		// The error dispatch of a failed request must show the same trace ID, in the MDC too.
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
		return registration;
	}

	/**
	 * What Tomcat throws while reading a request for the application.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(InvalidParameterException.class)
	static class TomcatConfiguration {

		@Bean
		@ConditionalOnMissingBean
		TomcatExceptionRules problemDetailsTomcatRules() {
			return new TomcatExceptionRules();
		}

		/**
		 * Tomcat's own logging of what a client sent, when Spring Boot runs Tomcat.
		 */
		@Configuration(proxyBeanMethods = false)
		@ConditionalOnClass(ConfigurableTomcatWebServerFactory.class)
		static class TomcatLoggingConfiguration {

			@Bean
			@ConditionalOnMissingBean
			@ConditionalOnBean(LoggingSystem.class)
			TomcatClientErrorLogging problemDetailsTomcatClientErrorLogging(LoggingSystem loggingSystem) {
				return new TomcatClientErrorLogging(loggingSystem);
			}

		}

	}

	/**
	 * Problems as XML for clients that prefer it (RFC 9457 Appendix B), when the application
	 * has Jackson's XML module.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "tools.jackson.dataformat.xml.XmlMapper")
	static class XmlConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ProblemXmlWriter problemDetailsXmlWriter(ObjectProvider<JsonMapper> jsonMapper) {
			return new ProblemXmlWriter(jsonMapper.getIfAvailable(JsonMapper::shared));
		}

	}

	/**
	 * Failures that never reach a controller: exceptions thrown in filters and whatever the
	 * servlet container dispatches to its error page.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(AbstractErrorController.class)
	@ConditionalOnBooleanProperty(name = "problem-details.error-endpoint.enabled", matchIfMissing = true)
	static class ErrorEndpointConfiguration {

		@Bean
		@ConditionalOnMissingFilterBean(ProblemFilter.class)
		FilterRegistrationBean<ProblemFilter> problemDetailsFilter(ProblemResponseWriter writer,
				BeanFactory beanFactory) {
			TraceIdFilter traceIds = takeOverTraceIdFilter(beanFactory);
			ProblemFilter filter = new ProblemFilter(writer, traceIds);
			FilterRegistrationBean<ProblemFilter> registration = new FilterRegistrationBean<>(filter);
			registration.setOrder(filter.getOrder());
			if (traceIds != null) {
				registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
			}
			else {
				registration.setDispatcherTypes(DispatcherType.REQUEST);
			}
			return registration;
		}

		// One filter of the starter's on every request instead of two: where the trace-ID filter is the starter's
		// own, the problem filter does its work and its registration stays off. An application's own trace-ID
		// filter keeps its place.
		private static @Nullable TraceIdFilter takeOverTraceIdFilter(BeanFactory beanFactory) {
			if (!beanFactory.containsBean(TRACE_ID_FILTER)
					|| !(beanFactory.getBean(TRACE_ID_FILTER) instanceof FilterRegistrationBean<?> registration)
					|| !registration.isEnabled() || !(registration.getFilter() instanceof TraceIdFilter traceIds)) {
				return null;
			}
			registration.setEnabled(false);
			return traceIds;
		}

		// Same search as Boot's own error controller, whose place this one takes.
		@Bean
		@ConditionalOnMissingBean(value = ErrorController.class, search = SearchStrategy.CURRENT)
		ProblemErrorController problemDetailsErrorController(ObjectProvider<ErrorAttributes> errorAttributes,
				ObjectProvider<ErrorViewResolver> errorViewResolvers, ProblemResponseWriter writer) {
			return new ProblemErrorController(errorAttributes.getIfAvailable(DefaultErrorAttributes::new),
					errorViewResolvers.orderedStream().toList(), writer);
		}

		@Configuration(proxyBeanMethods = false)
		@ConditionalOnClass({ ErrorReportValve.class, ConfigurableTomcatWebServerFactory.class })
		static class TomcatErrorReportConfiguration {

			@Bean
			@ConditionalOnMissingBean
			ProblemErrorReportValveCustomizer problemDetailsErrorReportValveCustomizer(ProblemResponseWriter writer) {
				return new ProblemErrorReportValveCustomizer(writer);
			}

		}

	}

}

package io.github.problemdetails.internal.security;

import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import io.github.problemdetails.core.exception.ProblemHeaders;
import io.github.problemdetails.internal.mapping.AuthenticationChallenge;
import io.github.problemdetails.internal.webmvc.FailureTimeAttribute;
import jakarta.servlet.Filter;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HttpBasicConfigurer;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.AbstractSecurityWebApplicationInitializer;
import org.springframework.security.web.debug.DebugFilter;

/**
 * The {@code WWW-Authenticate} challenge that each chain's HTTP Basic sends, realm included, so
 * that a typed {@code UnauthenticatedException} that names no challenge is answered with the
 * challenge of the chain its request went through (see {@link AuthenticationChallenge}). A chain
 * that is also an OAuth2 resource server keeps the engine's default, {@code Bearer} (RFC 6750
 * §3, without an error: the exception rejected no token). Where it takes HTTP Basic's entry point
 * to learn the challenge, it also gives the entry point the way it answers
 * ({@link MechanismEntryPoint}).
 * <p>
 * Recorded for each chain while Spring Security builds it, and looked up only when such a
 * failure is answered, in the first chain that matches the request, as Spring Security's
 * {@link FilterChainProxy} chose it: a request that does not fail runs nothing of it.
 */
public final class MechanismChallenges implements FailureTimeAttribute {

	// Identity keys: each chain's own filter instance, which its FilterChainProxy holds.
	private final Map<BasicAuthenticationFilter, String> challengeByFilter = new ConcurrentHashMap<>();

	private final BeanFactory beanFactory;

	private volatile @Nullable FilterChainProxy filterChains;

	/**
	 * Create the challenges of an application's chains, none recorded yet.
	 * @param beanFactory where Spring Security's filter chain proxy is found when a failure needs it
	 */
	public MechanismChallenges(BeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	@Override
	public String name() {
		return AuthenticationChallenge.ATTRIBUTE;
	}

	@Override
	public @Nullable Object valueFor(HttpServletRequest request) {
		if (this.challengeByFilter.isEmpty()) {
			return null;
		}
		FilterChainProxy proxy = filterChains();
		if (proxy == null) {
			return null;
		}
		for (SecurityFilterChain chain : proxy.getFilterChains()) {
			if (chain.matches(request)) {
				// The proxy runs the first chain that matches, and only that one.
				for (Filter filter : chain.getFilters()) {
					if (filter instanceof BasicAuthenticationFilter httpBasic) {
						return this.challengeByFilter.get(httpBasic);
					}
				}
				return null;
			}
		}
		return null;
	}

	/**
	 * Record the challenge of the chain's HTTP Basic, if it has one.
	 * @param http the chain, with its own configuration applied and its mechanisms not yet
	 * initialised
	 * @param answering gives HTTP Basic's entry point, once its realm is set, the way it answers
	 */
	@SuppressWarnings("unchecked")
	void record(HttpSecurity http, UnaryOperator<AuthenticationEntryPoint> answering) {
		HttpBasicConfigurer<HttpSecurity> httpBasic = http.getConfigurer(HttpBasicConfigurer.class);
		if (httpBasic != null && !ResourceServers.isConfigured(http)) {
			EntryPointRecorder entryPoint = new EntryPointRecorder(answering);
			// HTTP Basic hands its entry point to post-processors when it initialises, the realm set by the chain,
			// and its filter when it configures the chain, after every mechanism has initialised.
			httpBasic.withObjectPostProcessor(entryPoint);
			httpBasic.withObjectPostProcessor(new FilterRecorder(entryPoint));
		}
	}

	private @Nullable FilterChainProxy filterChains() {
		FilterChainProxy proxy = this.filterChains;
		if (proxy == null) {
			String name = AbstractSecurityWebApplicationInitializer.DEFAULT_FILTER_NAME;
			Object filter = this.beanFactory.containsBean(name) ? this.beanFactory.getBean(name) : null;
			// Spring Security's debug mode puts its own filter in front of the proxy.
			proxy = (filter instanceof DebugFilter debug) ? debug.getFilterChainProxy()
					: (filter instanceof FilterChainProxy chains) ? chains : null;
			this.filterChains = proxy;
		}
		return proxy;
	}

	// Spring Security keeps the realm inside HTTP Basic's entry point: the one public way to learn it is the
	// challenge that the entry point sends. It is asked once, for a request without headers, on a response that
	// only takes note of the challenge.
	private static @Nullable String challengeOf(AuthenticationEntryPoint entryPoint) {
		String[] sent = new String[1];
		HttpServletRequest request = stub(HttpServletRequest.class, (method, arguments) -> null);
		HttpServletResponse response = stub(HttpServletResponse.class, (method, arguments) -> {
			boolean header = method.getName().equals("setHeader") || method.getName().equals("addHeader");
			if (header && ProblemHeaders.WWW_AUTHENTICATE.equalsIgnoreCase((String) arguments[0])) {
				sent[0] = (String) arguments[1];
			}
			return null;
		});
		try {
			entryPoint.commence(request, response, new InsufficientAuthenticationException("Not authenticated"));
		}
		catch (IOException | ServletException | RuntimeException ex) {
			// An entry point of the application's that needs a real request: its challenge stays unknown.
			return null;
		}
		return sent[0];
	}

	private static <T> T stub(Class<T> type, StubAnswer answer) {
		return type.cast(Proxy.newProxyInstance(MechanismChallenges.class.getClassLoader(), new Class<?>[] { type },
				(proxy, method, arguments) -> {
					Object value = answer.of(method, (arguments != null) ? arguments : new Object[0]);
					// The zero of a primitive return type, which a proxy must not answer with null.
					return (value == null && method.getReturnType().isPrimitive()
							&& method.getReturnType() != void.class)
									? Array.get(Array.newInstance(method.getReturnType(), 1), 0) : value;
				}));
	}

	@FunctionalInterface
	private interface StubAnswer {

		@Nullable Object of(Method method, Object[] arguments);

	}

	// A class, not a lambda: Spring Security picks post-processors by their resolved type argument.
	private static final class EntryPointRecorder implements ObjectPostProcessor<AuthenticationEntryPoint> {

		private final UnaryOperator<AuthenticationEntryPoint> answering;

		// Set while the chain is built, before it serves a request.
		private volatile @Nullable String challenge;

		EntryPointRecorder(UnaryOperator<AuthenticationEntryPoint> answering) {
			this.answering = answering;
		}

		// HTTP Basic uses what its post-processors return as an AuthenticationEntryPoint, never as its own type.
		@Override
		@SuppressWarnings("unchecked")
		public <O extends AuthenticationEntryPoint> O postProcess(O entryPoint) {
			this.challenge = challengeOf(entryPoint);
			return (O) this.answering.apply(entryPoint);
		}

	}

	private final class FilterRecorder implements ObjectPostProcessor<BasicAuthenticationFilter> {

		private final EntryPointRecorder entryPoint;

		FilterRecorder(EntryPointRecorder entryPoint) {
			this.entryPoint = entryPoint;
		}

		@Override
		public <O extends BasicAuthenticationFilter> O postProcess(O filter) {
			String challenge = this.entryPoint.challenge;
			if (challenge != null) {
				MechanismChallenges.this.challengeByFilter.put(filter, challenge);
			}
			return filter;
		}

	}

}

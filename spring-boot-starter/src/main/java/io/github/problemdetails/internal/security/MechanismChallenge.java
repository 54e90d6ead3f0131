package io.github.problemdetails.internal.security;

import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.UnaryOperator;

import io.github.problemdetails.core.exception.ProblemHeaders;
import io.github.problemdetails.internal.mapping.AuthenticationChallenge;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HttpBasicConfigurer;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.session.DisableEncodeUrlFilter;

/**
 * Records, for each request through a chain with HTTP Basic, the {@code WWW-Authenticate}
 * challenge that HTTP Basic sends, realm included, so that a typed
 * {@code UnauthenticatedException} that names no challenge is answered with the same one (see
 * {@link AuthenticationChallenge}). A chain that is also an OAuth2 resource server keeps the
 * engine's default, {@code Bearer} (RFC 6750 §3, without an error: the exception rejected no
 * token). Where it takes HTTP Basic's entry point to learn the challenge, it also gives the
 * entry point the way it answers ({@link MechanismEntryPoint}).
 */
final class MechanismChallenge implements Filter, ObjectPostProcessor<AuthenticationEntryPoint> {

	// Set while the chain is built, before it serves a request.
	private volatile @Nullable String challenge;

	private final UnaryOperator<AuthenticationEntryPoint> answering;

	private MechanismChallenge(UnaryOperator<AuthenticationEntryPoint> answering) {
		this.answering = answering;
	}

	/**
	 * Record the challenge of the chain's HTTP Basic, if it has one.
	 * @param http the chain, with its own configuration applied and its mechanisms not yet
	 * initialised
	 * @param answering gives HTTP Basic's entry point, once its realm is set, the way it answers
	 */
	@SuppressWarnings("unchecked")
	static void record(HttpSecurity http, UnaryOperator<AuthenticationEntryPoint> answering) {
		HttpBasicConfigurer<HttpSecurity> httpBasic = http.getConfigurer(HttpBasicConfigurer.class);
		if (httpBasic != null && !ResourceServers.isConfigured(http)) {
			MechanismChallenge recorder = new MechanismChallenge(answering);
			// HTTP Basic hands its entry point to post-processors when it initialises, the realm set by the chain.
			httpBasic.withObjectPostProcessor(recorder);
			// First in the chain, so that a failure of any filter after it is answered with the challenge.
			http.addFilterBefore(recorder, DisableEncodeUrlFilter.class);
		}
	}

	// HTTP Basic uses what its post-processors return as an AuthenticationEntryPoint, never as its own type.
	@Override
	@SuppressWarnings("unchecked")
	public <O extends AuthenticationEntryPoint> O postProcess(O entryPoint) {
		this.challenge = challengeOf(entryPoint);
		return (O) this.answering.apply(entryPoint);
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		String recorded = this.challenge;
		if (recorded != null) {
			request.setAttribute(AuthenticationChallenge.ATTRIBUTE, recorded);
		}
		chain.doFilter(request, response);
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
		return type.cast(Proxy.newProxyInstance(MechanismChallenge.class.getClassLoader(), new Class<?>[] { type },
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

}

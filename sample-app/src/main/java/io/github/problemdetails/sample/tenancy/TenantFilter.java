package io.github.problemdetails.sample.tenancy;

import java.io.IOException;
import java.util.regex.Pattern;

import io.github.problemdetails.core.exception.BadRequestException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the optional {@code X-Tenant} header of report requests into the {@link #TENANT_ATTRIBUTE} request
 * attribute. Its failures are thrown, never written: the problem-details starter answers them like those of
 * a controller.
 */
public class TenantFilter extends OncePerRequestFilter {

	/** Request header naming the tenant. */
	public static final String TENANT_HEADER = "X-Tenant";

	/** Request attribute holding the tenant, when the request names one. */
	public static final String TENANT_ATTRIBUTE = "io.github.problemdetails.sample.tenancy.tenant";

	/** Tenant whose lookup fails, to show a bug inside a filter. */
	static final String CRASHING_TENANT = "crash";

	private static final Pattern TENANT = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String tenant = request.getHeader(TENANT_HEADER);
		if (tenant != null) {
			request.setAttribute(TENANT_ATTRIBUTE, lookUp(tenant));
		}
		chain.doFilter(request, response);
	}

	private static String lookUp(String tenant) {
		// The value is not repeated in the detail: a header may carry anything, and it is not ours to echo.
		if (!TENANT.matcher(tenant).matches()) {
			throw new BadRequestException("Header X-Tenant must be 1 to 32 lower-case letters, digits or hyphens, "
					+ "starting with a letter or digit.");
		}
		if (CRASHING_TENANT.equals(tenant)) {
			throw new IllegalStateException(
					"tenant directory ldap://tenants.internal:389 rejected bind for cn=svc-reports");
		}
		return tenant;
	}

}

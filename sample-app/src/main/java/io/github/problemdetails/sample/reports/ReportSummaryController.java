package io.github.problemdetails.sample.reports;

import io.github.problemdetails.sample.tenancy.TenantFilter;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * A report that works: the failures of {@code GET /reports/summary} can only come from the {@link TenantFilter}
 * in front of it.
 */
@RestController
class ReportSummaryController {

	@GetMapping("/reports/summary")
	ReportSummary summary(@RequestAttribute(name = TenantFilter.TENANT_ATTRIBUTE, required = false) String tenant) {
		return new ReportSummary(tenant, 0);
	}

}

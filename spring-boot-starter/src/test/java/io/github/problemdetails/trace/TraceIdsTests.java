package io.github.problemdetails.trace;

import io.github.problemdetails.internal.trace.RequestTraceId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TraceIds}.
 */
class TraceIdsTests {

	@AfterEach
	void leaveTheRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void readsTheTraceIdOfTheCurrentRequest() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setAttribute(RequestTraceId.ATTRIBUTE, "4bf92f3577b34da6a3ce929d0e0e4736");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		assertThat(TraceIds.current()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
	}

	@Test
	void hasNoneOutsideARequestOrBeforeTheFilter() {
		assertThat(TraceIds.current()).isNull();
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
		assertThat(TraceIds.current()).isNull();
	}

}

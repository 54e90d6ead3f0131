package io.github.problemdetails.internal.trace;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TraceIdResolver}.
 */
class TraceIdResolverTests {

	private final TraceIdResolver resolver = new TraceIdResolver("X-Request-Id");

	@Test
	void currentSpanWinsOverEveryHeader() {
		TraceIdResolver traced = new TraceIdResolver(List.of("traceparent", "X-Request-Id"),
				() -> "0af7651916cd43dd8448eb211c80319c");

		assertThat(traced.resolve(Map.of("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
				"X-Request-Id", "caller-1"), Map::get)).isEqualTo("0af7651916cd43dd8448eb211c80319c");
	}

	@Test
	void headersApplyWhenNoSpanIsCurrentOrItsIdIsUnusable() {
		assertThat(new TraceIdResolver(List.of("X-Request-Id"), () -> null)
			.resolve(Map.of("X-Request-Id", "c-1"), Map::get)).isEqualTo("c-1");
		assertThat(new TraceIdResolver(List.of("X-Request-Id"), () -> "not a trace id")
			.resolve(Map.of("X-Request-Id", "c-2"), Map::get)).isEqualTo("c-2");
	}

	@Test
	void acceptsLaterTraceparentVersionsWithExtraFields() {
		assertThat(resolve(Map.of("traceparent", "01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra")))
			.isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
			"00-00000000000000000000000000000000-00f067aa0ba902b7-01",
			"00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",
			"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra",
			"00_4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
			"00-4bf92f3577b34da6a3ce929d0e0e473g-00f067aa0ba902b7-01", "00-short", "" })
	void rejectsMalformedTraceparent(String traceparent) {
		assertThat(TraceIdResolver.isValidTraceparent(traceparent)).isFalse();
		assertThat(resolve(Map.of("traceparent", traceparent, "X-Request-Id", "fallback-1"))).isEqualTo("fallback-1");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "has space", "line\r\nbreak", "quote\"", "ünïcode",
			"0123456789012345678901234567890123456789012345678901234567890123456789" })
	void rejectsMalformedRequestIds(String requestId) {
		assertThat(TraceIdResolver.isValidRequestId(requestId)).isFalse();
		assertThat(resolve(Map.of("X-Request-Id", requestId))).matches("[0-9a-f]{32}");
	}

	@Test
	void readsNoRequestIdHeaderWhenNoneIsConfigured() {
		assertThat(new TraceIdResolver("").resolve(Map.of("X-Request-Id", "req-1"), Map::get)).matches("[0-9a-f]{32}");
	}

	@Test
	void generatesDistinctW3cIds() {
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			ids.add(TraceIdResolver.generate());
		}
		assertThat(ids).hasSize(1000).allMatch((id) -> id.matches("[0-9a-f]{32}") && !id.matches("0{32}"));
	}

	private String resolve(Map<String, String> headers) {
		return this.resolver.resolve(headers, Map::get);
	}

}

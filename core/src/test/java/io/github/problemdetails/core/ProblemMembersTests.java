package io.github.problemdetails.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemMembersTests {

	@Test
	void standardMembersAreThoseOfRfc9457() {
		assertThat(ProblemMembers.STANDARD).containsExactlyInAnyOrder("type", "title", "status", "detail", "instance");
	}

	@Test
	void standardMembersAndMembersWrittenByTheStarterAreReserved() {
		for (String name : ProblemMembers.STANDARD) {
			assertThat(ProblemMembers.isReserved(name, ProblemMembers.TRACE_ID)).as(name).isTrue();
		}
		for (String name : ProblemMembers.WRITTEN_BY_STARTER) {
			assertThat(ProblemMembers.isReserved(name, ProblemMembers.TRACE_ID)).as(name).isTrue();
		}
		assertThat(ProblemMembers.isReserved("orderId", ProblemMembers.TRACE_ID)).isFalse();
	}

	@Test
	void configuredTraceIdMemberIsReserved() {
		assertThat(ProblemMembers.isReserved("requestId", "requestId")).isTrue();
		assertThat(ProblemMembers.isReserved("requestId", ProblemMembers.TRACE_ID)).isFalse();
	}

}

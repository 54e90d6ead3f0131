package io.github.problemdetails.internal.mapping;

import java.io.IOException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CausesTests {

	@Test
	void findsTheFailureItselfOrItsFirstMatchingCause() {
		SQLException sql = new SQLException("duplicate", "23505");
		IllegalStateException failure = new IllegalStateException("wrapped", new RuntimeException(sql));
		assertThat(Causes.firstMatching(failure, IllegalStateException.class::isInstance)).isSameAs(failure);
		assertThat(Causes.firstMatching(failure, SQLException.class::isInstance)).isSameAs(sql);
		assertThat(Causes.firstMatching(failure, IOException.class::isInstance)).isNull();
		assertThat(Causes.firstMatching(null, (cause) -> true)).isNull();
	}

	@Test
	void stopsAtTheDepthBoundOfACyclicChain() {
		RuntimeException first = new RuntimeException("first");
		RuntimeException second = new RuntimeException("second", first);
		first.initCause(second);
		int[] looked = new int[1];
		assertThat(Causes.firstMatching(first, (cause) -> looked[0]++ < 0)).isNull();
		assertThat(looked[0]).isEqualTo(Causes.MAX_DEPTH);
	}

	@Test
	void looksNoDeeperThanTheBound() {
		Throwable chain = new IOException("deepest");
		for (int i = 0; i < Causes.MAX_DEPTH; i++) {
			chain = new RuntimeException("level " + i, chain);
		}
		assertThat(Causes.firstMatching(chain, IOException.class::isInstance)).isNull();
	}

}

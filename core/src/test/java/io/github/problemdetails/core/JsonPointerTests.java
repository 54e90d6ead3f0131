package io.github.problemdetails.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsonPointerTests {

	@Test
	void appendsEachTokenEscapedAsRfc6901Asks() {
		StringBuilder pointer = new StringBuilder();
		JsonPointer.appendToken(pointer, "a/b");
		JsonPointer.appendToken(pointer, "m~n");
		JsonPointer.appendToken(pointer, "0");
		assertThat(pointer).hasToString("/a~1b/m~0n/0");
	}

	@Test
	void anEmptyTokenIsASlashAlone() {
		assertThat(JsonPointer.appendToken(new StringBuilder(), "")).hasToString("/");
	}

}

package io.github.problemdetails.autoconfigure;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link ProblemDetailsCatalogProperties}.
 */
class ProblemDetailsCatalogPropertiesTests {

	@Test
	void defaultsLeaveTheChoiceToTheTypeBaseUri() {
		ProblemDetailsCatalogProperties properties = PropertiesBinding.bind(new ProblemDetailsCatalogProperties(),
				Map.of());
		assertThat(properties.getEnabled()).isNull();
		assertThat(properties.getPath()).isNull();
	}

	@Test
	void bindsEveryKey() {
		ProblemDetailsCatalogProperties properties = PropertiesBinding.bind(new ProblemDetailsCatalogProperties(),
				Map.of("problem-details.catalog.enabled", "true", "problem-details.catalog.path", "/docs/errors/"));
		assertThat(properties.getEnabled()).isTrue();
		assertThat(properties.getPath()).isEqualTo("/docs/errors/");
	}

	@ParameterizedTest
	@ValueSource(strings = { "problems/", "/problems/{slug}", "/problems/**" })
	void refusesAPathThatIsNoPlainPath(String path) {
		assertThatExceptionOfType(InvalidConfigurationPropertyValueException.class)
			.isThrownBy(() -> PropertiesBinding.bind(new ProblemDetailsCatalogProperties(),
					Map.of("problem-details.catalog.path", path)))
			.satisfies((ex) -> {
				assertThat(ex.getName()).isEqualTo("problem-details.catalog.path");
				assertThat(ex.getValue()).isEqualTo(path);
				assertThat(ex.getReason()).isEqualTo(
						"Must be a plain path starting with '/'. Use a path such as '/problems/'.");
			});
	}

}

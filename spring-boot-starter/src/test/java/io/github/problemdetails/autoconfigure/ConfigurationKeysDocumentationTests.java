package io.github.problemdetails.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guard: the README's table of configuration keys lists exactly the keys of the generated
 * configuration metadata, with the same defaults, so that the documentation cannot drift.
 */
class ConfigurationKeysDocumentationTests {

	private static final Pattern README_ROW = Pattern
		.compile("^\\| `(problem-details\\.[a-z.-]+)` \\|\\s*`?([^`|]*?)`?\\s*\\|");

	@Test
	void readmeListsEveryKeyWithItsDefault() throws IOException {
		assertThat(readmeKeys()).isEqualTo(metadataKeys());
	}

	private static Map<String, String> metadataKeys() throws IOException {
		try (InputStream metadata = ConfigurationKeysDocumentationTests.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(metadata).as("generated metadata").isNotNull();
			Map<String, String> keys = new LinkedHashMap<>();
			for (JsonNode property : JsonMapper.shared().readTree(metadata).path("properties")) {
				keys.put(property.path("name").asString(), defaultOf(property.path("defaultValue")));
			}
			return keys;
		}
	}

	// The README writes a list default as its values joined by ", ".
	private static String defaultOf(JsonNode defaultValue) {
		if (defaultValue.isArray()) {
			List<String> values = new ArrayList<>();
			defaultValue.forEach((value) -> values.add(value.asString()));
			return String.join(", ", values);
		}
		return defaultValue.isMissingNode() ? "" : defaultValue.asString();
	}

	private static Map<String, String> readmeKeys() throws IOException {
		Map<String, String> keys = new LinkedHashMap<>();
		for (String line : Files.readAllLines(Path.of("..", "README.md"))) {
			Matcher row = README_ROW.matcher(line);
			if (row.find()) {
				keys.put(row.group(1), row.group(2).trim());
			}
		}
		return keys;
	}

}

package io.github.problemdetails.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.MergedAnnotations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guard: every {@code @Bean} of every auto-configuration listed in the imports file, nested
 * configurations included, backs off for a user's bean.
 */
class AutoConfigurationBeansTests {

	private static final String IMPORTS = "/META-INF/spring/"
			+ "org.springframework.boot.autoconfigure.AutoConfiguration.imports";

	@Test
	void everyBeanBacksOffForAUserBean() throws Exception {
		List<Method> beanMethods = new ArrayList<>();
		for (String name : autoConfigurations()) {
			collectBeanMethods(Class.forName(name), beanMethods);
		}
		assertThat(beanMethods).hasSizeGreaterThan(20);
		assertThat(beanMethods).allSatisfy((method) -> assertThat(
				MergedAnnotations.from(method).isPresent(ConditionalOnMissingBean.class))
			.as(method.getDeclaringClass().getSimpleName() + "." + method.getName())
			.isTrue());
	}

	private static List<String> autoConfigurations() throws IOException {
		try (InputStream imports = AutoConfigurationBeansTests.class.getResourceAsStream(IMPORTS)) {
			assertThat(imports).isNotNull();
			return new String(imports.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
		}
	}

	private static void collectBeanMethods(Class<?> configuration, List<Method> beanMethods) {
		for (Method method : configuration.getDeclaredMethods()) {
			if (method.isAnnotationPresent(Bean.class)) {
				beanMethods.add(method);
			}
		}
		for (Class<?> nested : configuration.getDeclaredClasses()) {
			collectBeanMethods(nested, beanMethods);
		}
	}

}

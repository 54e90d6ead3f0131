package io.github.problemdetails.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards the promise that core is JDK only where its classes cannot show it: its build declares no dependency
 * beyond its tests. What the classes import is {@link CoreArchitectureTests}' rule.
 */
class CoreDependencyTests {

	// Surefire runs with the module directory as the working directory.
	private static final Path POM = Path.of("pom.xml");

	@Test
	void pomDeclaresOnlyTestDependencies() throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document pom = factory.newDocumentBuilder().parse(POM.toFile());
		List<String> nonTest = new ArrayList<>();
		int dependencies = 0;
		// Only project/dependencies counts; dependencyManagement declares versions, not dependencies.
		for (Element section : children(pom.getDocumentElement(), "dependencies")) {
			for (Element dependency : children(section, "dependency")) {
				dependencies++;
				if (!"test".equals(text(dependency, "scope"))) {
					nonTest.add(text(dependency, "groupId") + ":" + text(dependency, "artifactId"));
				}
			}
		}
		assertThat(dependencies).as("dependencies found in %s", POM.toAbsolutePath()).isPositive();
		assertThat(nonTest).as("non-test dependencies of core").isEmpty();
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> result = new ArrayList<>();
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			Node node = nodes.item(i);
			if (node instanceof Element element && name.equals(element.getLocalName())) {
				result.add(element);
			}
		}
		return result;
	}

	private static String text(Element parent, String name) {
		List<Element> matches = children(parent, name);
		return matches.isEmpty() ? null : matches.get(0).getTextContent().strip();
	}

}

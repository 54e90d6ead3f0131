package io.github.problemdetails;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guard: the BOM manages exactly the artifacts that the build installs for users (every module but the
 * BOM itself and those that skip installing, the sample app and the benchmarks), and the README names
 * each of them.
 */
class PublishedArtifactsTests {

	// Surefire runs with the module directory as the working directory.
	private static final Path ROOT = Path.of("..");

	@Test
	void bomManagesEveryPublishedArtifact() throws Exception {
		List<String> published = new ArrayList<>();
		for (String module : texts(pom(ROOT.resolve("pom.xml")), "module")) {
			Document pom = pom(ROOT.resolve(module).resolve("pom.xml"));
			if (!module.equals("bom") && !texts(pom, "maven.install.skip").contains("true")) {
				published.add(artifactIdOf(pom));
			}
		}
		assertThat(published).contains("problem-details-core", "problem-details-spring-boot-starter");
		assertThat(texts(pom(ROOT.resolve("bom/pom.xml")), "artifactId")).filteredOn((id) -> !id.endsWith("-bom"))
			.containsExactlyInAnyOrderElementsOf(published);
		String readme = Files.readString(ROOT.resolve("README.md"));
		assertThat(published).allSatisfy((artifactId) -> assertThat(readme).contains("`" + artifactId + "`"));
	}

	private static Document pom(Path path) throws Exception {
		return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(path.toFile());
	}

	// The project's own artifactId: a direct child of <project>, not the parent's.
	private static String artifactIdOf(Document pom) {
		NodeList children = pom.getDocumentElement().getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			if (children.item(i) instanceof Element element && element.getTagName().equals("artifactId")) {
				return element.getTextContent().strip();
			}
		}
		throw new IllegalStateException("No artifactId");
	}

	private static List<String> texts(Document pom, String tag) {
		NodeList elements = pom.getElementsByTagName(tag);
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < elements.getLength(); i++) {
			texts.add(elements.item(i).getTextContent().strip());
		}
		return texts;
	}

}

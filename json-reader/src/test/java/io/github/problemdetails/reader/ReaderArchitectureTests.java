package io.github.problemdetails.reader;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guard: the reader imports only the JDK and core, for the clients without a framework that it is for.
 */
class ReaderArchitectureTests {

	static final ArchRule READER_IMPORTS_ONLY_THE_JDK_AND_CORE = classes().that()
		.resideInAPackage("io.github.problemdetails.reader..")
		.should()
		.onlyDependOnClassesThat()
		.resideInAnyPackage("java..", "io.github.problemdetails.core..", "io.github.problemdetails.reader..")
		.because("a java.net.http client reads problems with it and brings no framework");

	@Test
	void readerImportsOnlyTheJdkAndCore() {
		READER_IMPORTS_ONLY_THE_JDK_AND_CORE.check(new ClassFileImporter()
			.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("io.github.problemdetails.reader"));
	}

	@Test
	void aReaderClassThatUsesAFrameworkBreaksTheRule() {
		EvaluationResult result = READER_IMPORTS_ONLY_THE_JDK_AND_CORE
			.evaluate(new ClassFileImporter().importClasses(ReadsWithAFramework.class));
		assertThat(result.hasViolation()).isTrue();
		assertThat(result.getFailureReport().toString()).contains(ReadsWithAFramework.class.getName(),
				Test.class.getName());
	}

	// Crosses the boundary: a reader class that needs a library the JDK does not have.
	static class ReadsWithAFramework {

		Test annotation;

	}

}

package io.github.problemdetails.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.assertj.core.api.AbstractAssert;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guard: core imports only the JDK, so that every module and every client without a framework can build on it.
 */
class CoreArchitectureTests {

	static final ArchRule CORE_IMPORTS_ONLY_THE_JDK = classes().that()
		.resideInAPackage("io.github.problemdetails.core..")
		.should()
		.onlyDependOnClassesThat()
		.resideInAnyPackage("java..", "io.github.problemdetails.core..")
		.because("core is the model that every module and every client builds on");

	@Test
	void coreImportsOnlyTheJdk() {
		JavaClasses core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("io.github.problemdetails.core");
		CORE_IMPORTS_ONLY_THE_JDK.check(core);
	}

	@Test
	void aCoreClassThatImportsALibraryBreaksTheRule() {
		JavaClasses crossing = new ClassFileImporter().importClasses(ImportsALibrary.class);
		assertThat(CORE_IMPORTS_ONLY_THE_JDK.evaluate(crossing).getFailureReport().getDetails())
			.anyMatch((violation) -> violation.contains(ImportsALibrary.class.getName())
					&& violation.contains(AbstractAssert.class.getName()));
	}

	// Crosses the boundary: a core class that reaches for a library.
	static class ImportsALibrary {

		AbstractAssert<?, ?> assertion;

	}

}

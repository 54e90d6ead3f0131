package io.github.problemdetails.internal.catalog;

import org.springdoc.core.customizers.OperationCustomizer;

/**
 * A fixture of {@code ArchitectureTests}: a class of the catalogue that needs springdoc. Never used.
 */
public final class CatalogNeedingSpringdoc {

	OperationCustomizer customizer;

}

/**
 * Catalogue of the problem types an application answers with, and example problems of each.
 */
@NullMarked
package io.github.problemdetails.catalog;

import org.jspecify.annotations.NullMarked;

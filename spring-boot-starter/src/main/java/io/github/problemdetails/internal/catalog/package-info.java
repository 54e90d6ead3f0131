/**
 * Catalogue of the problem types an application answers with, and example problems of each; not API.
 */
@NullMarked
package io.github.problemdetails.internal.catalog;

import org.jspecify.annotations.NullMarked;

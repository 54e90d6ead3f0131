/**
 * Conversion of Spring and Bean Validation results into field violations with JSON pointers.
 */
@NullMarked
package io.github.problemdetails.validation;

import org.jspecify.annotations.NullMarked;

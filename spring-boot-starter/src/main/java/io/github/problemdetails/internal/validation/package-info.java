/**
 * Conversion of Spring and Bean Validation results into field violations with JSON pointers; not API.
 */
@NullMarked
package io.github.problemdetails.internal.validation;

import org.jspecify.annotations.NullMarked;

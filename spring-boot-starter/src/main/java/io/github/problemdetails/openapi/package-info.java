/**
 * Problem responses in the application's OpenAPI document, and the annotation that declares them.
 */
@NullMarked
package io.github.problemdetails.openapi;

import org.jspecify.annotations.NullMarked;

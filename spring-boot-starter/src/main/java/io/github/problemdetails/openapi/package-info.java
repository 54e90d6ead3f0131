/**
 * The annotation that declares the problem responses of an operation in the OpenAPI document.
 */
@NullMarked
package io.github.problemdetails.openapi;

import org.jspecify.annotations.NullMarked;

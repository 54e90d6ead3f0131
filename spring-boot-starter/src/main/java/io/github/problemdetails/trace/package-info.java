/**
 * The trace ID of the current request, for application code and for tracing libraries.
 */
@NullMarked
package io.github.problemdetails.trace;

import org.jspecify.annotations.NullMarked;

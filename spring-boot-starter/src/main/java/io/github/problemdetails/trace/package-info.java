/**
 * Trace-ID resolution and the filter that carries the ID through a request.
 */
@NullMarked
package io.github.problemdetails.trace;

import org.jspecify.annotations.NullMarked;

/**
 * Trace-ID resolution, the filter that gives every request its ID, and recording failures on its observation; not API.
 */
@NullMarked
package io.github.problemdetails.internal.trace;

import org.jspecify.annotations.NullMarked;

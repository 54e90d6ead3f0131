/**
 * The policy that logs each failure exactly once, with its trace ID.
 */
@NullMarked
package io.github.problemdetails.logging;

import org.jspecify.annotations.NullMarked;

/**
 * The policy that logs each failure exactly once, with its trace ID; not API.
 */
@NullMarked
package io.github.problemdetails.internal.logging;

import org.jspecify.annotations.NullMarked;

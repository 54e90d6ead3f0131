/**
 * The single engine that turns any exception into an RFC 9457 problem, its status, headers and log level.
 */
@NullMarked
package io.github.problemdetails.mapping;

import org.jspecify.annotations.NullMarked;

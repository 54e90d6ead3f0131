/**
 * The single engine that turns any exception into an RFC 9457 problem, its status, headers and log level; not API.
 */
@NullMarked
package io.github.problemdetails.internal.mapping;

import org.jspecify.annotations.NullMarked;

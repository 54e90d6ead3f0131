/**
 * Rules that answer Spring's data-access exceptions with the contract's 404, 409, 412 and 503 problems; not API.
 */
@NullMarked
package io.github.problemdetails.internal.data;

import org.jspecify.annotations.NullMarked;

/**
 * JSON serialization of the core problem model with Jackson 3.
 */
@NullMarked
package io.github.problemdetails.json;

import org.jspecify.annotations.NullMarked;

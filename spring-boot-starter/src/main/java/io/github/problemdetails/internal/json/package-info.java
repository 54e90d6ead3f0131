/**
 * JSON and XML serialization of the core problem model with Jackson 3; not API.
 */
@NullMarked
package io.github.problemdetails.internal.json;

import org.jspecify.annotations.NullMarked;

/**
 * Problem responses of every operation in springdoc-openapi's document; not API.
 */
@NullMarked
package io.github.problemdetails.internal.openapi;

import org.jspecify.annotations.NullMarked;

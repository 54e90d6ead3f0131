/**
 * What the mapping engine offers for extension: rules that describe an exception as a problem, per exception class.
 */
@NullMarked
package io.github.problemdetails.mapping;

import org.jspecify.annotations.NullMarked;

/**
 * AssertJ assertions for RFC 9457 problem responses, for the tests of applications that use problem-details.
 */
@NullMarked
package io.github.problemdetails.test;

import org.jspecify.annotations.NullMarked;

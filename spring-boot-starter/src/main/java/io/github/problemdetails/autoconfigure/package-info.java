/**
 * Auto-configuration of problem-details for Spring Boot applications.
 */
@NullMarked
package io.github.problemdetails.autoconfigure;

import org.jspecify.annotations.NullMarked;

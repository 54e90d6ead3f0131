package io.github.problemdetails.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfiguration;

/**
 * Placeholder, being written.
 */
@AutoConfiguration
public final class ProblemDetailsDataAutoConfiguration {

}

/**
 * JMH benchmarks of the mapping engine, its JSON serialization, typed-exception creation and
 * trace-ID resolution. Run them from {@code benchmarks/target/benchmarks.jar}, never from a test.
 */
package io.github.problemdetails.benchmarks;

/**
 * Problem-aware RestClient and RestTemplate: the customizers and the typed exception of an upstream problem.
 */
@NullMarked
package io.github.problemdetails.client;

import org.jspecify.annotations.NullMarked;

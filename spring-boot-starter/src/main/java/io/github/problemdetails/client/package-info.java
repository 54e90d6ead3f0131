/**
 * Rules that answer failed calls to upstream services through RestClient or RestTemplate with 502, 503 or 504.
 */
@NullMarked
package io.github.problemdetails.client;

import org.jspecify.annotations.NullMarked;

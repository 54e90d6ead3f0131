/**
 * Problem-aware RestClient and RestTemplate calls to upstream services, and the rules that answer their failures.
 */
@NullMarked
package io.github.problemdetails.client;

import org.jspecify.annotations.NullMarked;

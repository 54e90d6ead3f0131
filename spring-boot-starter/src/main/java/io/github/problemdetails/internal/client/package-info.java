/**
 * Upstream calls through RestClient and RestTemplate: reading upstream problems, propagating the trace ID, and the rules for failed calls; not API.
 */
@NullMarked
package io.github.problemdetails.internal.client;

import org.jspecify.annotations.NullMarked;

/**
 * Spring Security integration: 401 and 403 answered as problems, from the filter chain and from method security.
 */
@NullMarked
package io.github.problemdetails.security;

import org.jspecify.annotations.NullMarked;

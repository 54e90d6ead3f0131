/**
 * Spring Security's 401 and 403 answered as problems, from the filter chain and from method security; not API.
 */
@NullMarked
package io.github.problemdetails.internal.security;

import org.jspecify.annotations.NullMarked;

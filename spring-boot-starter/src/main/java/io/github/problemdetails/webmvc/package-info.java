/**
 * Spring MVC entry points that write mapped problems to servlet responses.
 */
@NullMarked
package io.github.problemdetails.webmvc;

import org.jspecify.annotations.NullMarked;

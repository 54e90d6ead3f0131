/**
 * Spring MVC entry points that write mapped problems to servlet responses; not API.
 */
@NullMarked
package io.github.problemdetails.internal.webmvc;

import org.jspecify.annotations.NullMarked;

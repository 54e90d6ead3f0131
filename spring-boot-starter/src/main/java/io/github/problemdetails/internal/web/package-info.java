/**
 * What every web stack's entry points share: the responder that maps, logs and records a
 * failure, and the body writer that chooses and writes its representation; free of the
 * Servlet API, so that the servlet and the reactive adapters both use them. Not API.
 */
@NullMarked
package io.github.problemdetails.internal.web;

import org.jspecify.annotations.NullMarked;

/**
 * Typed exceptions that application code throws to answer a request with an RFC 9457 problem of a given status.
 */
package io.github.problemdetails.core.exception;

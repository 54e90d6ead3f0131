/**
 * Framework-free model of an RFC 9457 problem details object and the field violations of a validation problem.
 */
package io.github.problemdetails.core;

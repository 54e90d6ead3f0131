/**
 * Framework-free model of an RFC 9457 problem details object, the field violations of a validation problem, the
 * contract's constants, and the conversion of a read problem document's members into the model.
 */
package io.github.problemdetails.core;

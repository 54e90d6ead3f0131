/**
 * JDK-only reading of RFC 9457 problem bodies, for clients without a framework, such as users of
 * {@code java.net.http.HttpClient}.
 */
package io.github.problemdetails.reader;

package io.github.problemdetails.internal.web;

import io.github.problemdetails.core.Problem;
import io.github.problemdetails.internal.json.ProblemJsonWriter;
import io.github.problemdetails.internal.json.ProblemXmlWriter;
import io.github.problemdetails.mapping.ProblemRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Writes the body of a problem answer: {@code application/problem+json}, or
 * {@code application/problem+xml} (RFC 9457 Appendix B) for a client that prefers XML when an
 * XML writer is present. A client that accepts neither still gets JSON with the error's status,
 * never a 406 that would hide the failure.
 */
public class ProblemBodyWriter {

	private final ProblemJsonWriter jsonWriter;

	private final @Nullable ProblemXmlWriter xmlWriter;

	/**
	 * Create a body writer.
	 * @param jsonWriter serializes the problem as JSON
	 * @param xmlWriter serializes the problem as XML for clients that prefer it, or
	 * {@code null} to answer in JSON only
	 */
	public ProblemBodyWriter(ProblemJsonWriter jsonWriter, @Nullable ProblemXmlWriter xmlWriter) {
		this.jsonWriter = jsonWriter;
		this.xmlWriter = xmlWriter;
	}

	/**
	 * Choose the representation of the answer from the request's {@code Accept} header, read
	 * only when there is a choice to make.
	 * @param request the failed request
	 * @return {@link MediaType#APPLICATION_PROBLEM_XML} or {@link MediaType#APPLICATION_PROBLEM_JSON}
	 */
	public MediaType mediaTypeFor(ProblemRequest request) {
		if (this.xmlWriter != null
				&& AcceptHeader.prefersOverJson(request.header(HttpHeaders.ACCEPT), AcceptHeader.Alternative.XML)) {
			return MediaType.APPLICATION_PROBLEM_XML;
		}
		return MediaType.APPLICATION_PROBLEM_JSON;
	}

	/**
	 * Serialize the problem.
	 * @param problem the problem
	 * @param mediaType the representation that {@link #mediaTypeFor} chose
	 * @return the body, UTF-8 encoded
	 */
	public byte[] toBytes(Problem problem, MediaType mediaType) {
		if (this.xmlWriter != null && mediaType.equals(MediaType.APPLICATION_PROBLEM_XML)) {
			return this.xmlWriter.toBytes(problem);
		}
		return this.jsonWriter.toBytes(problem);
	}

}
